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
        assertEquals(0, run("bench", "--only", "small-", "--iterations", "2", "--warmup", "1", "--warmup-ms", "0", "--json"));
        JsonObject o = JsonParser.parseString(out.toString().trim()).getAsJsonObject();
        assertEquals(2, o.size(), out.toString());
        assertTrue(o.get("small-reference").getAsDouble() > 0);
        assertTrue(o.get("small-fast").getAsDouble() > 0);
        assertEquals("", err.toString());
    }

    @Test
    void jsonDetailsCarryTheCountedMultipliesAndBytes() {
        assertEquals(0, run("bench", "--only", "small-fast", "--iterations", "1", "--warmup", "0", "--json-details"));
        JsonObject o = JsonParser.parseString(out.toString().trim()).getAsJsonObject();
        JsonObject w = o.getAsJsonObject("workloads").getAsJsonObject("small-fast");
        // 16 filters × 128 × 128 outputs × 3 channels × 3 × 3 taps, counted by the engine's loops
        assertEquals(16L * 128 * 128 * 27, w.get("multiplies").getAsLong());
        // input 3×128×128, weights 16×3×3×3, output 16×128×128, 4 bytes each
        assertEquals(4L * (3 * 128 * 128 + 16 * 27 + 16 * 128 * 128), w.get("bytes").getAsLong());
        assertTrue(w.get("gmac_per_s").getAsDouble() > 0);
        assertTrue(o.get("kernels").getAsString().contains(org.convlab.engine.VectorPath.active() ? "Vector API" : "plain"));
    }

    @Test
    void tableNamesEveryWorkloadRun() {
        assertEquals(0, run("bench", "--only", "small-fast", "--iterations", "1", "--warmup", "0", "--threads", "1"));
        assertTrue(out.toString().contains("small-fast"), out.toString());
        assertTrue(out.toString().contains("engine threads 1"), out.toString());
        assertTrue(out.toString().contains("GMAC/s"), out.toString());
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
