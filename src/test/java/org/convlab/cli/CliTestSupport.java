package org.convlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Runs {@link ConvLabCli#run} in-process and checks the error contract. */
final class CliTestSupport {
    private CliTestSupport() { }

    record Run(int code, String out, String err) { }

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = ConvLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    static Path reference(String caseName, String file) throws Exception {
        return Path.of(CliTestSupport.class.getResource("/reference/" + caseName + "/" + file).toURI());
    }

    /**
     * Exit code 2, exactly one non-empty line on stderr containing every {@code mustName},
     * nothing on stdout, and none of {@code outputs} (nor any temp file) in {@code dir}.
     */
    static Run assertError(Path dir, List<Path> outputs, List<String> mustName, String... args) throws Exception {
        List<String> before = listing(dir);
        Run r = run(args);
        assertEquals(2, r.code(), "exit code; stderr: " + r.err());
        String err = r.err().strip();
        assertFalse(err.isEmpty(), "stderr is empty");
        assertFalse(err.contains("\n"), "stderr must be one line: " + r.err());
        assertTrue(err.startsWith("convlab "), err);
        for (String s : mustName) assertTrue(err.contains(s), "stderr should name '" + s + "': " + err);
        assertEquals("", r.out(), "nothing on stdout on error");
        for (Path p : outputs) assertFalse(Files.exists(p), p + " must not exist after an error");
        assertEquals(before, listing(dir), "the folder must be unchanged (no partial or temp files)");
        return r;
    }

    static List<String> listing(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
