package org.convlab.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The app's name and version, read from {@code app.properties}, which Maven fills in from the pom
 * (so {@code --version}, the window title and the About dialog always agree with the build).
 */
public final class AppInfo implements CommandLine.IVersionProvider {
    private static final Properties PROPS = load();

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("app.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** "ConvLab". */
    public static String name() { return PROPS.getProperty("name", "ConvLab"); }

    /** The pom's version, e.g. "0.2.0-SNAPSHOT" ("dev" when run from classes that Maven did not filter). */
    public static String version() {
        String v = PROPS.getProperty("version", "dev");
        return v.startsWith("${") ? "dev" : v;
    }

    /** "ConvLab 0.2.0-SNAPSHOT". */
    public static String nameAndVersion() { return name() + " " + version(); }

    @Override public String[] getVersion() {
        return new String[] {nameAndVersion(), "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
