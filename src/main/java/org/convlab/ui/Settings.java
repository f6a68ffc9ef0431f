package org.convlab.ui;

import org.convlab.ui.core.Theme;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything ConvLab remembers between runs, as one JSON file {@code settings.json} under
 * {@link #home()} ({@code -Dconvlab.home}, default {@code ~/.convlab}). Written atomically
 * (temp file + move), so a crash never leaves half a file; an unreadable file is set aside as
 * {@code settings.json.bad} and defaults are used.
 */
public final class Settings {

    // Window and app
    public Theme theme = Theme.LIGHT;
    public double fontScale = 1.0;
    public boolean presentation;
    public double windowX = Double.NaN, windowY = Double.NaN, windowWidth = 1440, windowHeight = 900;
    public boolean maximized = true;
    public int selectedTab;
    public List<String> recentFiles = new ArrayList<>();
    public boolean galleryShown;

    // Workbench work (autosaved on every change)
    public String imageSource;           // "sample:<id>", "file:<path>" or "pasted" (autosave.png)
    public boolean grayscale;
    public String method = "standard";
    public int rank = 1, stride = 1, dilation = 1, filters = 0, paddingAmount = 1;
    /** G of the grouped method and the input channels C (0: as the image). */
    public int groups = 1, channels = 0;
    public String paddingMode = "same";  // same, valid, explicit
    public String displayMode = "AUTO";
    public int viewChannel = -1;
    public String kernelPreset = "sobel-x";
    public int kernelSize = 3;
    /** The designed kernel and its custom layers, as {@code .kernel} text (null: use the preset). */
    public String kernelDesign;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();

    public static Path home() {
        String h = System.getProperty("convlab.home");
        return h != null && !h.isBlank() ? Path.of(h) : Path.of(System.getProperty("user.home"), ".convlab");
    }

    public static Path file() { return home().resolve("settings.json"); }

    /** Loads the settings, or defaults when there are none or they are unreadable. */
    public static Settings load() {
        Path f = file();
        if (!Files.isRegularFile(f)) return new Settings();
        try {
            Settings s = GSON.fromJson(Files.readString(f, StandardCharsets.UTF_8), Settings.class);
            return s == null ? new Settings() : s.sane();
        } catch (IOException | JsonParseException e) {
            try {
                Files.move(f, f.resolveSibling("settings.json.bad"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // keep the defaults either way
            }
            return new Settings();
        }
    }

    private Settings sane() {
        if (theme == null) theme = Theme.LIGHT;
        if (recentFiles == null) recentFiles = new ArrayList<>();
        fontScale = Math.max(0.6, Math.min(3.0, fontScale > 0 ? fontScale : 1));
        return this;
    }

    /** A copy to serialise on another thread (the list is copied; the rest are values and strings). */
    public Settings copy() {
        Settings c = new Settings();
        for (java.lang.reflect.Field f : Settings.class.getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) continue;
            try {
                f.set(c, f.get(this));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        c.recentFiles = recentFiles == null ? new ArrayList<>() : new ArrayList<>(recentFiles);
        return c;
    }

    /** This object as JSON (take the snapshot on the FX thread, write it anywhere). */
    public String toJson() { return GSON.toJson(this); }

    /** Writes atomically; returns false (and keeps the old file) when the disk says no. */
    public boolean save() { return write(toJson()); }

    /** Writes a {@link #toJson()} snapshot atomically. */
    public static boolean write(String json) {
        try {
            Files.createDirectories(home());
            org.convlab.io.AtomicFiles.write(file(), out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
