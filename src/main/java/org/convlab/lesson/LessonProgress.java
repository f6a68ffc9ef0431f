package org.convlab.lesson;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which steps of which lessons a student has seen, and where they left off, kept in
 * {@code lesson-progress.properties} under the ConvLab home folder (system property
 * {@code convlab.home}, default {@code ~/.convlab}). Saved atomically (temp file, then move), so a
 * crash never leaves a half-written file; an unreadable file starts fresh progress.
 */
public final class LessonProgress {
    public static final String FILE_NAME = "lesson-progress.properties";
    private final Path file;
    private final Properties props = new Properties();

    public LessonProgress(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                props.clear();
            }
        }
    }

    /** The progress file in the ConvLab home folder. */
    public static LessonProgress inHome() {
        String home = System.getProperty("convlab.home", System.getProperty("user.home") + "/.convlab");
        return new LessonProgress(Path.of(home).resolve(FILE_NAME));
    }

    /** Steps seen (1-based). */
    public Set<Integer> seen(String lessonId) {
        Set<Integer> out = new TreeSet<>();
        for (String s : props.getProperty(lessonId + ".seen", "").split(",")) {
            try {
                if (!s.isBlank()) out.add(Integer.parseInt(s.trim()));
            } catch (NumberFormatException e) {
                // ignore a hand-edited entry
            }
        }
        return out;
    }

    /** The step the student was on (1-based), or 1. */
    public int lastStep(String lessonId) {
        try {
            return Math.max(1, Integer.parseInt(props.getProperty(lessonId + ".step", "1")));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Records that step {@code step} (1-based) was shown. */
    public void visit(String lessonId, int step) {
        Set<Integer> s = seen(lessonId);
        s.add(step);
        props.setProperty(lessonId + ".seen", String.join(",", s.stream().map(String::valueOf).toList()));
        props.setProperty(lessonId + ".step", Integer.toString(step));
    }

    /** Writes the file; returns false (and keeps the old file) if it cannot. */
    public boolean save() {
        if (file == null) return true;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            org.convlab.io.AtomicFiles.write(file, out -> {
                Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                props.store(w, "ConvLab lesson progress");
                w.flush();
            });
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
