package org.convlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.convlab.lesson.LessonChecker;
import org.convlab.lesson.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code convlab lessons check [DIR]}: validates lesson files. */
@Command(name = "lessons", mixinStandardHelpOptions = true, description = "Work with lesson files.",
        subcommands = {LessonsCommand.Check.class})
public final class LessonsCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Checks every lesson in DIR (or one lesson file): front matter, keys and values, images,",
                "kernel shapes, formulas, answers that name what they measure, and that the engine runs every step.",
                "Mistakes are printed as file:line: message on stderr (exit code 2); if all is fine, a summary (exit 0)."})
    static final class Check implements Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "lessons",
                description = "lesson folder or file (default: ${DEFAULT-VALUE})")
        Path dir;

        @Override public Integer call() throws Exception {
            if (!Files.exists(dir)) throw new CliException("lesson folder " + dir + " does not exist");
            LessonChecker.Report r = LessonChecker.check(dir);
            if (r.lessons().isEmpty() && r.problems().isEmpty()) throw new CliException("no lesson files (*.md) in " + dir);
            if (!r.ok()) {
                for (Problem p : r.problems()) spec.commandLine().getErr().println(p);
                spec.commandLine().getErr().flush();
                return CliErrors.EXIT_ERROR;
            }
            spec.commandLine().getOut().println(r.summary());
            for (var l : r.lessons()) {
                spec.commandLine().getOut().printf("  %-34s %2d steps, %d question(s)  %s%n", l.file().getFileName(), l.steps().size(),
                        l.questionCount(), l.title());
            }
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
