package org.convlab.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.convlab.lesson.publish.QuizWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code convlab lessons export-quiz}: every question as a quiz Moodle (or any GIFT reader) imports. */
@Command(name = "export-quiz", mixinStandardHelpOptions = true,
        description = {"Writes every question of a lesson (default: every lesson) as a quiz an LMS imports:",
            "moodle-xml (multiple choice and numerical with tolerance, feedback per answer, the scene as an embedded PNG",
            "where the question refers to it) or gift (the same questions as text, without pictures).",
            "  convlab lessons export-quiz --format moodle-xml --out convlab-quiz.xml",
            "  convlab lessons export-quiz --lesson lessons/04-low-rank.md --format gift --out low-rank.gift"})
final class QuizExportCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--lesson", paramLabel = "FILE", description = "one lesson file or folder (default: the built-in course and ~/.convlab/lessons)") Path lesson;
    @Option(names = "--format", required = true, paramLabel = "moodle-xml|gift", description = "moodle-xml or gift") String format;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write") Path out;

    @Override public Integer call() throws Exception {
        if (!format.equals("moodle-xml") && !format.equals("gift")) throw new CliException("--format must be moodle-xml or gift, got '" + format + "'");
        var items = QuizWriter.items(LessonsCommand.parse(LessonsCommand.files(lesson)));
        String text = format.equals("gift") ? QuizWriter.gift(items) : QuizWriter.moodleXml(items);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(out, text, StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("Wrote " + items.size() + " question(s) to " + out.toAbsolutePath());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
