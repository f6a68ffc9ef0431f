package org.convlab.app;

import java.util.Locale;
import java.util.Map;

/** Whether a graphical display is there to open a window on, decided before JavaFX starts. */
public final class Display {
    private Display() { }

    /**
     * Null when a window can be opened; otherwise the one line to print. On Linux and the BSDs a
     * window needs {@code DISPLAY} or {@code WAYLAND_DISPLAY}; Windows and macOS always have one
     * (unless the JVM runs headless). JavaFX's Monocle platform renders without one.
     */
    public static String problem(Map<String, String> env, String osName, boolean awtHeadless, String glassPlatform) {
        if ("Monocle".equalsIgnoreCase(glassPlatform)) return null;  // the headless renderer needs no display
        if (awtHeadless) return "convlab: cannot open the window: the JVM runs headless (java.awt.headless=true); run a command instead, e.g. convlab --help";
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) return null;
        if (notBlank(env.get("DISPLAY")) || notBlank(env.get("WAYLAND_DISPLAY"))) return null;
        return "convlab: no display to open the window on (DISPLAY is not set); run a command instead, e.g. convlab --help";
    }

    private static boolean notBlank(String s) { return s != null && !s.isBlank(); }

    /** {@link #problem} for this process. */
    public static String problemHere() {
        return problem(System.getenv(), System.getProperty("os.name"), Boolean.getBoolean("java.awt.headless"), System.getProperty("glass.platform"));
    }
}
