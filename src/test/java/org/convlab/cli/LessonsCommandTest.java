package org.convlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convlab lessons check}: exit 0 with a summary, or exit 2 with file:line messages on stderr. */
class LessonsCommandTest {
    @TempDir Path dir;
    private final StringWriter out = new StringWriter(), err = new StringWriter();

    private int run(String... args) {
        return ConvLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void theCourseChecksClean() {
        assertEquals(0, run("lessons", "check", "lessons"), err.toString());
        assertTrue(out.toString().matches("(?s)\\d+ lesson\\(s\\), .*"), out.toString());
        assertTrue(out.toString().contains("question(s): all fine"));
        assertEquals("", err.toString());
    }

    @Test
    void brokenLessonsExitWithCodeTwoAndFileLineMessages() throws Exception {
        Files.writeString(dir.resolve("a.md"), "---\ntitle: A\n---\n\n## One\n\n```scene\nimage: dot\nstrde: 2\n```\n\nText.\n");
        Files.writeString(dir.resolve("b.md"), "---\ntitle: B\n---\n\n## One\n\n```scene\nimage: { sample: nope }\n```\n\nText.\n");
        Files.writeString(dir.resolve("README.md"), "# not a lesson\n");
        assertEquals(2, run("lessons", "check", dir.toString()));
        String[] lines = err.toString().strip().split("\\R");
        assertEquals(2, lines.length, err.toString());
        assertTrue(lines[0].matches(".*a\\.md:9: unknown key 'strde' in scene \\(did you mean 'stride'\\?\\)"), lines[0]);
        assertTrue(lines[1].matches(".*b\\.md:8: missing image: no sample 'nope'.*"), lines[1]);
        assertEquals("", out.toString());
    }

    @Test
    void aMissingFolderIsOneLineAndExitTwo() {
        assertEquals(2, run("lessons", "check", dir.resolve("nowhere").toString()));
        assertEquals(1, err.toString().strip().split("\\R").length);
        assertTrue(err.toString().contains("does not exist"));
    }

    @Test
    void anEmptyFolderIsAnError() {
        assertEquals(2, run("lessons", "check", dir.toString()));
        assertTrue(err.toString().contains("no lesson files"));
    }

    @Test
    void helpWorks() {
        assertEquals(0, run("lessons", "check", "--help"));
        assertTrue(out.toString().contains("file:line: message"));
    }
}
