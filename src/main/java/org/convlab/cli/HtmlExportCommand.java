package org.convlab.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.convlab.lesson.Lesson;
import org.convlab.lesson.publish.HtmlPage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code convlab lessons export-html}: each lesson as a self-contained web page. */
@Command(name = "export-html", mixinStandardHelpOptions = true,
        description = {"Writes each lesson (default: every lesson) as one self-contained HTML page: text, formulas and scenes",
            "as embedded images, questions whose answers open on click. For students without Java.",
            "  convlab lessons export-html --out course-html",
            "  convlab lessons export-html --lesson lessons/08-depthwise-separable.md --out web"})
final class HtmlExportCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--lesson", paramLabel = "FILE", description = "one lesson file or folder (default: the built-in course and ~/.convlab/lessons)") Path lesson;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the pages (created if missing)") Path out;

    @Override public Integer call() throws Exception {
        Files.createDirectories(out);
        int n = 0;
        for (Lesson l : LessonsCommand.parse(LessonsCommand.files(lesson))) {
            Path f = out.resolve(l.id() + ".html");
            Files.writeString(f, HtmlPage.render(l), StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("Wrote " + f.toAbsolutePath());
            n++;
        }
        spec.commandLine().getOut().println(n + " page(s)");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
