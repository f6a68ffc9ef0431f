package org.convlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.convlab.lesson.Lesson;
import org.convlab.lesson.LessonChecker;
import org.convlab.lesson.LessonLibrary;
import org.convlab.lesson.LessonParser;
import org.convlab.lesson.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code convlab lessons list|check|export-quiz|export-html}: the course's lessons, from any working folder. */
@Command(name = "lessons", mixinStandardHelpOptions = true, description = "Work with lesson files.",
        subcommands = {LessonsCommand.ListLessons.class, LessonsCommand.Check.class})
public final class LessonsCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    /** The built-in course and the user's lessons folder, as the app lists them. */
    static List<Path> libraryFolders() {
        try {
            return LessonLibrary.folders(LessonLibrary.home());
        } catch (java.io.UncheckedIOException e) {
            throw new CliException(e.getCause().getMessage());
        }
    }

    /** Every lesson file of the built-in course and the user's folder. */
    static List<Path> libraryFiles() throws IOException {
        return LessonLibrary.lessonFiles(libraryFolders());
    }

    /** {@code file} if given (a lesson or a folder), else every lesson of the library. */
    static List<Path> files(Path fileOrDir) throws IOException {
        if (fileOrDir == null) return libraryFiles();
        if (!Files.exists(fileOrDir)) throw new CliException("lesson " + fileOrDir + " does not exist");
        return Files.isDirectory(fileOrDir) ? LessonChecker.lessonFiles(fileOrDir) : List.of(fileOrDir);
    }

    /** Parses {@code files}; any parse problem is a one-line error. */
    static List<Lesson> parse(List<Path> files) {
        List<Lesson> out = new ArrayList<>();
        for (Path f : files) {
            LessonParser.Result r = LessonParser.parse(f);
            if (!r.ok()) throw new CliException(r.problems().isEmpty() ? "cannot read " + f : r.problems().get(0).toString());
            out.add(r.lesson());
        }
        if (out.isEmpty()) throw new CliException("no lesson files (*.md) found");
        return out;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the built-in lessons and those in the user lessons folder (~/.convlab/lessons, or convlab.home/lessons).")
    static final class ListLessons implements Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override public Integer call() throws Exception {
            var out = spec.commandLine().getOut();
            Path home = LessonLibrary.home();
            Path builtIn = LessonLibrary.builtIn(home);
            Path user = LessonLibrary.userFolder(home);
            listFolder(out, "Built-in lessons", builtIn);
            if (builtIn == null || !user.toAbsolutePath().normalize().equals(builtIn)) {
                if (Files.isDirectory(user)) listFolder(out, "Your lessons", user);
                else out.println("Your lessons (" + user + "): none yet; put lesson files (*.md) there");
            }
            out.flush();
            return 0;
        }

        private static void listFolder(java.io.PrintWriter out, String what, Path dir) throws IOException {
            if (dir == null || !Files.isDirectory(dir)) {
                out.println(what + ": none");
                return;
            }
            List<Path> files = LessonChecker.lessonFiles(dir);
            out.println(what + " (" + dir + "): " + files.size());
            for (Path f : files) {
                LessonParser.Result r = LessonParser.parse(f);
                String title = r.lesson() == null ? "(unreadable)" : r.lesson().title();
                out.printf("  %-36s %s%s%n", f.getFileName(), title, r.problems().isEmpty() ? "" : "  [" + r.problems().size() + " problem(s)]");
            }
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Checks every lesson in DIR (or one lesson file; default: the built-in course and your lessons folder):",
                "front matter, keys and values, images, kernel shapes, formulas, answers that name what they measure,",
                "that the engine runs every step, and that no step's text gives a question's answer away.",
                "Mistakes are printed as file:line: message on stderr (exit code 2); if all is fine, a summary (exit 0)."})
    static final class Check implements Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
                description = "lesson folder or file (default: the built-in course and ~/.convlab/lessons)")
        Path dir;

        @Override public Integer call() throws Exception {
            if (dir != null && !Files.exists(dir)) throw new CliException("lesson folder " + dir + " does not exist");
            List<Path> targets = dir != null ? List.of(dir) : libraryFolders();
            if (targets.isEmpty()) throw new CliException("no lesson folder found (the built-in course is missing and ~/.convlab/lessons does not exist)");
            List<Lesson> lessons = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            for (Path t : targets) {
                LessonChecker.Report r = LessonChecker.check(t);
                lessons.addAll(r.lessons());
                problems.addAll(r.problems());
            }
            LessonChecker.Report r = new LessonChecker.Report(lessons, problems);
            if (r.lessons().isEmpty() && r.problems().isEmpty()) throw new CliException("no lesson files (*.md) in " + targets);
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
