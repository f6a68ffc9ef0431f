package org.convlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Version, credits and the no-display check agree with the build. */
class AppInfoTest {
    private static String pom() throws Exception { return Files.readString(Path.of("pom.xml")); }

    @Test
    void versionComesFromThePom() throws Exception {
        Matcher m = Pattern.compile("<artifactId>convlab</artifactId>\\s*<version>([^<]+)</version>").matcher(pom());
        assertTrue(m.find());
        assertEquals(m.group(1), AppInfo.version());
        assertEquals("ConvLab " + m.group(1), AppInfo.nameAndVersion());
        assertEquals("ConvLab " + m.group(1), new AppInfo().getVersion()[0]);
    }

    /** Every library named in the About dialog has the version the pom ships. */
    @Test
    void creditedVersionsMatchThePom() throws Exception {
        String pom = pom().replace("${javafx.version}", "21.0.6");
        Map<String, String> artifacts = Map.of("OpenJFX (JavaFX)", "javafx-controls", "ControlsFX", "controlsfx",
                "OpenJFX Monocle (TestFX)", "openjfx-monocle", "EJML", "ejml-ddense", "picocli", "picocli", "Gson", "gson",
                "commonmark-java", "commonmark", "SnakeYAML", "snakeyaml", "JLaTeXMath", "jlatexmath");
        int checked = 0;
        for (ThirdParty.Component c : ThirdParty.all()) {
            String a = artifacts.get(c.name());
            if (a == null) continue;
            Matcher m = Pattern.compile("<artifactId>" + Pattern.quote(a) + "</artifactId><version>([^<]+)</version>").matcher(pom);
            assertTrue(m.find(), a);
            assertEquals(m.group(1), c.version(), c.name());
            checked++;
        }
        assertEquals(artifacts.size(), checked, "every library of the pom is credited");
        assertTrue(pom.contains("javafx.version>21.0.6<"), "the JavaFX version credited is the pom's");
    }

    @Test
    void noDisplayIsOneLine() {
        String p = Display.problem(Map.of(), "Linux", false, null);
        assertTrue(p.startsWith("convlab: no display"), p);
        assertFalse(p.contains("\n"));
        assertNull(Display.problem(Map.of("DISPLAY", ":0"), "Linux", false, null));
        assertNull(Display.problem(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", false, null));
        assertNull(Display.problem(Map.of(), "Windows 11", false, null));
        assertNull(Display.problem(Map.of(), "Linux", false, "Monocle"));
        assertTrue(Display.problem(Map.of("DISPLAY", ":0"), "Linux", true, null).contains("headless"));
    }

    @Test
    void logRotatesUnderTheSettingsFolder(@org.junit.jupiter.api.io.TempDir Path home) throws Exception {
        assertTrue(AppLog.start(home));
        AppLog.info("hello");
        Path dir = AppLog.folder();
        assertTrue(dir.startsWith(home) || Files.isDirectory(dir));
        try (var files = Files.list(dir)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().matches("convlab-\\d\\.log")));
        }
    }
}
