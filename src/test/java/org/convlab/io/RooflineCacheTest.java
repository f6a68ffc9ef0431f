package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import org.convlab.engine.Parallel;
import org.convlab.engine.perf.MachineProbe;
import org.convlab.engine.perf.Roofline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RooflineCacheTest {
    @TempDir Path dir;

    @AfterEach
    void forget() { RooflineCache.forget(); }

    @Test
    void aStoredMeasurementOfThisJvmIsReusedWithoutMeasuring() {
        Path f = dir.resolve("roofline.json");
        Roofline stored = new Roofline(12.5, 7.25, Parallel.threads(), "2026-01-01T00:00:00Z", MachineProbe.jvm());
        RooflineCache.write(f, stored);
        assertEquals(stored, RooflineCache.read(f));
        RooflineCache.forget();
        Roofline got = RooflineCache.get(f, false);
        assertEquals(stored, got);
        assertSame(got, RooflineCache.get(dir.resolve("elsewhere.json"), false), "kept in memory");
    }

    @Test
    void unreadableOrInvalidFilesReadAsNothing() throws Exception {
        Path f = dir.resolve("roofline.json");
        assertNull(RooflineCache.read(f));
        Files.writeString(f, "{ not json");
        assertNull(RooflineCache.read(f));
        Files.writeString(f, "{\"gmacs\": -1, \"gbs\": 3, \"threads\": 2}");
        assertNull(RooflineCache.read(f));
    }
}
