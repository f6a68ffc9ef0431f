package org.convlab.ui.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.convlab.io.DisplayMapping;
import org.junit.jupiter.api.Test;

/**
 * Every theme's canvas and chart colours are readable (WCAG 2.1): text colours at least 4.5:1 and
 * graphics (series, accents) at least 3:1 against the backgrounds they are drawn on, both the
 * palette's and the theme stylesheet's (-cl-bg, -cl-panel), where CSS-styled charts sit.
 */
class PaletteContrastTest {
    private static final double TEXT = 4.5, GRAPHICS = 3.0;

    /** The backgrounds a colour of {@code t} may be drawn on. */
    private static Map<String, Color> backgrounds(Theme t) throws IOException {
        Map<String, Color> b = new LinkedHashMap<>();
        b.put("background", t.palette().background());
        b.put("surface", t.palette().surface());
        String css = css("/org/convlab/ui/convlab.css");
        if (t.stylesheet() != null) css += "\n" + css(t.stylesheet());   // the theme's file comes last and wins
        for (String name : List.of("-cl-bg", "-cl-panel")) {
            Matcher m = Pattern.compile(Pattern.quote(name) + ":\\s*(#[0-9a-fA-F]{6})").matcher(css);
            String last = null;
            while (m.find()) last = m.group(1);
            assertTrue(last != null, t + ": no " + name + " in its stylesheets");
            b.put(name, Color.web(last));
        }
        return b;
    }

    private static String css(String resource) throws IOException {
        try (InputStream in = Theme.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void check(List<String> problems, Theme t, String what, Color c, double min) throws IOException {
        for (Map.Entry<String, Color> bg : backgrounds(t).entrySet()) {
            double r = Palette.contrast(c, bg.getValue());
            if (r < min) {
                problems.add(String.format(Locale.ROOT, "%s %s %s on %s %s: %.2f:1 < %.1f:1", t, what, Palette.web(c),
                        bg.getKey(), Palette.web(bg.getValue()), r, min));
            }
        }
    }

    @Test
    void textAndGraphicsColoursAreReadableInEveryTheme() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Theme t : Theme.values()) {
            Palette p = t.palette();
            check(problems, t, "text", p.text(), TEXT);
            check(problems, t, "muted text", p.mutedText(), TEXT);
            // the accents also label chart points and roofline notes: text contrast
            check(problems, t, "accent", p.accent(), TEXT);
            check(problems, t, "accent2", p.accent2(), TEXT);
            check(problems, t, "positive", p.positive(), TEXT);
            check(problems, t, "negative", p.negative(), TEXT);
            for (int i = 0; i < Palette.SERIES; i++) check(problems, t, "series " + i, p.series(i), GRAPHICS);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void seriesColoursAreDistinctAndMatchTheAccents() {
        for (Theme t : Theme.values()) {
            Palette p = t.palette();
            Set<Color> seen = new HashSet<>();
            for (int i = 0; i < Palette.SERIES; i++) assertTrue(seen.add(p.series(i)), t + ": series " + i + " repeats an earlier one");
            assertEquals(List.of(p.accent(), p.accent2(), p.positive(), p.negative()),
                    List.of(p.series(0), p.series(1), p.series(2), p.series(3)), t + ": series 0–3 are the accents");
            assertEquals(p.series(0), p.series(Palette.SERIES), "the series repeat");
            for (int i = 0; i < Palette.SERIES; i++) {
                assertTrue(p.seriesCss().contains("-cl-series" + i + ": " + Palette.web(p.series(i)) + ";"), p.seriesCss());
            }
        }
    }

    @Test
    void numbersOnKernelCellsAreReadableAcrossTheDivergingMap() {
        double worst = Double.MAX_VALUE;
        for (int k = -100; k <= 100; k++) {
            int argb = DisplayMapping.diverging(k / 100f);
            Color cell = Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
            worst = Math.min(worst, Palette.contrast(Palette.textOn(cell), cell));
        }
        assertTrue(worst >= TEXT, "worst number-on-cell contrast " + worst);
    }

    @Test
    void contrastFollowsWcag() {
        assertEquals(21.0, Palette.contrast(Color.BLACK, Color.WHITE), 1e-9);
        assertEquals(1.0, Palette.contrast(Color.web("#777777"), Color.web("#777777")), 1e-9);
        // #767676 on white is the classic 4.54:1 grey
        assertEquals(4.54, Palette.contrast(Color.web("#767676"), Color.WHITE), 0.01);
    }
}
