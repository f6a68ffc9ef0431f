package org.convlab.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The app's log: {@code logs/convlab-N.log} under the settings folder, rotating over three files
 * of at most 1 MB each, so a classroom machine never fills up. Errors the GUI shows are also
 * written here with their stack trace, for whoever has to look later.
 */
public final class AppLog {
    public static final int LIMIT_BYTES = 1 << 20;
    public static final int FILES = 3;
    private static final Logger ROOT = Logger.getLogger("org.convlab");
    private static volatile Path folder;

    private AppLog() { }

    /** Starts writing to {@code home/logs}; returns false (and logs only to stderr) when the folder cannot be written. */
    public static synchronized boolean start(Path home) {
        if (folder != null) return true;
        try {
            Path dir = home.resolve("logs");
            Files.createDirectories(dir);
            FileHandler h = new FileHandler(dir.resolve("convlab-%g.log").toString(), LIMIT_BYTES, FILES, true);
            h.setFormatter(new SimpleFormatter());
            h.setLevel(Level.INFO);
            ROOT.addHandler(h);
            ROOT.setLevel(Level.INFO);
            folder = dir;
            ROOT.info(() -> AppInfo.nameAndVersion() + " started; Java " + System.getProperty("java.version"));
            return true;
        } catch (IOException | SecurityException e) {
            System.err.println("convlab: cannot write the log under " + home + ": " + e.getMessage());
            return false;
        }
    }

    /** The log folder, or null before {@link #start}. */
    public static Path folder() { return folder; }

    /** Logs an error with its stack trace. */
    public static void error(String what, Throwable t) { ROOT.log(Level.SEVERE, what, t); }

    public static void info(String what) { ROOT.info(what); }
}
