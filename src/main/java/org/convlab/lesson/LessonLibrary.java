package org.convlab.lesson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the course comes from, whatever the working folder: the built-in lessons travel inside
 * the application (copied from the repository's {@code lessons/} by the Maven resources config,
 * with the sample photos of {@code assets/}), and a user folder {@code HOME/lessons} sits beside
 * them for a teacher's own lessons. From a jar the built-in lessons and samples are copied once
 * into {@code HOME/builtin/<jar time stamp>/}, so they are ordinary files (images next to a lesson
 * resolve as usual). The system property {@code convlab.lessons} replaces the built-in folder.
 */
public final class LessonLibrary {
    private static final String MARKER = "/lessons/README.md";

    private LessonLibrary() { }

    /** {@code convlab.home}, else {@code ~/.convlab} (the same rule as the app's settings). */
    public static Path home() {
        String h = System.getProperty("convlab.home");
        return h != null && !h.isBlank() ? Path.of(h) : Path.of(System.getProperty("user.home"), ".convlab");
    }

    /** The teacher's own lessons: {@code HOME/lessons} (may not exist yet). */
    public static Path userFolder(Path home) { return home.resolve("lessons"); }

    /** The built-in lessons folder, or null if the application carries none. */
    public static Path builtIn(Path home) {
        String p = System.getProperty("convlab.lessons");
        if (p != null && !p.isBlank()) return Path.of(p).toAbsolutePath().normalize();
        URL u = LessonLibrary.class.getResource(MARKER);
        if (u == null) return null;
        try {
            URI uri = u.toURI();
            if ("file".equals(uri.getScheme())) return Path.of(uri).getParent();
            if ("jar".equals(uri.getScheme())) return extract(uri, home);
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot read the built-in lessons: " + e.getMessage(), e));
        }
        return null;
    }

    /** The built-in folder (if any) then the user folder (if it exists): every folder the app lists. */
    public static List<Path> folders(Path home) {
        List<Path> out = new ArrayList<>();
        Path b = builtIn(home);
        if (b != null && Files.isDirectory(b)) out.add(b);
        Path u = userFolder(home);
        if (Files.isDirectory(u) && (b == null || !u.toAbsolutePath().normalize().equals(b))) out.add(u);
        return out;
    }

    /** Every lesson file of {@code folders}, in folder order then by name. */
    public static List<Path> lessonFiles(List<Path> folders) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path d : folders) out.addAll(LessonChecker.lessonFiles(d));
        return out;
    }

    private static Path extract(URI uri, Path home) throws IOException {
        String s = uri.toString();
        String jar = s.substring("jar:".length(), s.indexOf("!/"));
        Path jarPath = Path.of(URI.create(jar));
        long stamp = Files.getLastModifiedTime(jarPath).toMillis();
        Path root = home.resolve("builtin").resolve(Long.toString(stamp));
        Path lessons = root.resolve("lessons");
        if (Files.isRegularFile(root.resolve(".complete"))) return lessons;
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + jar), Map.of())) {
            for (String dir : List.of("lessons", "assets")) {
                Path src = fs.getPath("/" + dir);
                if (!Files.isDirectory(src)) continue;
                try (var walk = Files.walk(src)) {
                    for (Path f : (Iterable<Path>) walk::iterator) {
                        Path to = root.resolve(dir).resolve(src.relativize(f).toString());
                        if (Files.isDirectory(f)) Files.createDirectories(to);
                        else Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        Files.writeString(root.resolve(".complete"), jar);
        return lessons;
    }
}
