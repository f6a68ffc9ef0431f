package org.convlab.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.convlab.engine.Parallel;
import org.convlab.engine.perf.MachineProbe;
import org.convlab.engine.perf.Roofline;

/**
 * The machine's roofline, measured once and kept: in memory for this run, and as
 * {@code roofline.json} in ConvLab's home folder ({@code -Dconvlab.home}, default
 * {@code ~/.convlab}) for the next. A stored measurement is used only if it was made by the same
 * JVM with the same number of engine threads; an unreadable file is measured again and replaced.
 */
public final class RooflineCache {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();
    private static volatile Roofline memory;

    private RooflineCache() { }

    /** ConvLab's home folder (the same rule as the app's settings). */
    public static Path home() {
        String h = System.getProperty("convlab.home");
        return h != null && !h.isBlank() ? Path.of(h) : Path.of(System.getProperty("user.home"), ".convlab");
    }

    public static Path file() { return home().resolve("roofline.json"); }

    /** The roofline: from memory, else from {@link #file()}, else measured now (about a second) and stored. */
    public static Roofline get() { return get(file(), false); }

    /** Measures again (about a second) and stores the result. */
    public static Roofline remeasure() { return get(file(), true); }

    static synchronized Roofline get(Path file, boolean fresh) {
        Roofline r = fresh ? null : memory;
        if (r != null && fits(r)) return r;
        if (!fresh) {
            r = read(file);
            if (r != null && fits(r)) {
                memory = r;
                return r;
            }
        }
        r = MachineProbe.measure();
        memory = r;
        write(file, r);
        return r;
    }

    /** The stored measurement, or null when there is none or it cannot be read. */
    public static Roofline read(Path file) {
        if (!Files.isRegularFile(file)) return null;
        try {
            Roofline r = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Roofline.class);
            return r == null ? null : new Roofline(r.gmacs(), r.gbs(), r.threads(), r.measured(), r.jvm()); // validates
        } catch (IOException | RuntimeException e) { // unreadable, not JSON, or values a Roofline refuses
            return null;
        }
    }

    static void write(Path file, Roofline r) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.write(file, out -> out.write(GSON.toJson(r).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            // the measurement still holds in memory; the next run measures again
        }
    }

    private static boolean fits(Roofline r) {
        return r.threads() == Parallel.threads() && MachineProbe.jvm().equals(r.jvm());
    }

    /** Forgets the in-memory copy (tests). */
    static void forget() { memory = null; }
}
