package org.convlab.export;

import org.convlab.io.AtomicFiles;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the export dialogs remember between runs: the last folder. Kept in
 * {@code <convlab.home>/export.json} ({@code convlab.home} defaults to {@code ~/.convlab}); a
 * missing or damaged file just means "no folder remembered yet".
 */
public final class ExportPrefs {
    private static final Gson GSON = new Gson();
    private final Path file;

    public ExportPrefs(Path file) { this.file = file; }

    /** The preferences file under {@code convlab.home}. */
    public static ExportPrefs standard() {
        String home = System.getProperty("convlab.home");
        Path dir = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".convlab");
        return new ExportPrefs(dir.resolve("export.json"));
    }

    public Path file() { return file; }

    /** The last folder written to, if it still exists. */
    public java.util.Optional<Path> lastFolder() {
        try {
            if (!Files.isRegularFile(file)) return java.util.Optional.empty();
            JsonObject o = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), JsonObject.class);
            if (o == null || !o.has("lastFolder") || !o.get("lastFolder").isJsonPrimitive()) return java.util.Optional.empty();
            Path p = Path.of(o.get("lastFolder").getAsString());
            return Files.isDirectory(p) ? java.util.Optional.of(p) : java.util.Optional.empty();
        } catch (IOException | JsonParseException | IllegalStateException | java.nio.file.InvalidPathException e) {
            return java.util.Optional.empty();
        }
    }

    /** Remembers the folder of a file just written (or the folder itself). */
    public void rememberFolder(Path folderOrFile) throws IOException {
        Path dir = Files.isDirectory(folderOrFile) ? folderOrFile : folderOrFile.toAbsolutePath().getParent();
        if (dir == null) return;
        JsonObject o = new JsonObject();
        o.addProperty("lastFolder", dir.toAbsolutePath().toString());
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, out -> out.write(GSON.toJson(o).getBytes(StandardCharsets.UTF_8)));
    }
}
