package org.convlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code bench}: one JSON object of medians with --json; bad options give one line and exit 2. */
class BenchCommandTest {
    private final StringWriter out = new StringWriter(), err = new StringWriter();

    private int run(String... args) {
        return ConvLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void jsonIsOneObjectOfMedians() {
        assertEquals(0, run("bench", "--only", "small-", "--iterations", "2", "--warmup", "1", "--json"));
        JsonObject o = JsonParser.parseString(out.toString().trim()).getAsJsonObject();
        assertEquals(2, o.size(), out.toString());
        assertTrue(o.get("small-reference").getAsDouble() > 0);
        assertTrue(o.get("small-fast").getAsDouble() > 0);
        assertEquals("", err.toString());
    }

    @Test
    void tableNamesEveryWorkloadRun() {
        assertEquals(0, run("bench", "--only", "small-fast", "--iterations", "1", "--warmup", "0", "--threads", "1"));
        assertTrue(out.toString().contains("small-fast"), out.toString());
        assertTrue(out.toString().contains("engine threads 1"), out.toString());
    }

    @Test
    void badOptionsGiveOneLineAndExitTwo() {
        assertEquals(2, run("bench", "--iterations", "0"));
        assertTrue(err.toString().contains("--iterations must be ≥ 1"), err.toString());
        assertEquals(1, err.toString().trim().split("\n").length, err.toString());
        assertEquals(2, run("bench", "--only", "nothing-like-this"));
        assertEquals(2, run("bench", "--threads", "x"));
    }
}
