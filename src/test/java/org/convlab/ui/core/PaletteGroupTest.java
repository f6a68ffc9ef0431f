package org.convlab.ui.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** Channel-group colours: distinct, readable on the theme's background and surfaces, repeating after GROUP_COLOURS. */
class PaletteGroupTest {

    private static double luminance(Color c) {
        double[] v = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) v[i] = v[i] <= 0.03928 ? v[i] / 12.92 : Math.pow((v[i] + 0.055) / 1.055, 2.4);
        return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
    }

    private static double contrast(Color a, Color b) {
        double x = luminance(a), y = luminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    private static double distance(Color a, Color b) {
        double dr = a.getRed() - b.getRed(), dg = a.getGreen() - b.getGreen(), db = a.getBlue() - b.getBlue();
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    @Test
    void everyThemeHasDistinctGroupColoursReadableOnItsBackgrounds() {
        for (Theme t : Theme.values()) {
            Palette p = t.palette();
            for (int g = 0; g < Palette.GROUP_COLOURS; g++) {
                Color c = p.group(g);
                assertTrue(contrast(c, p.background()) >= 4.5, t + " group " + g + " on background: " + contrast(c, p.background()));
                assertTrue(contrast(c, p.surface()) >= 4.5, t + " group " + g + " on surface: " + contrast(c, p.surface()));
                for (int h = 0; h < g; h++) {
                    assertTrue(distance(c, p.group(h)) > 0.2, t + " groups " + h + " and " + g + " look alike");
                }
            }
        }
    }

    @Test
    void themesGetTheirOwnColoursAndIndicesWrap() {
        assertTrue(!Theme.LIGHT.palette().group(0).equals(Theme.DARK.palette().group(0)));
        assertTrue(!Theme.DARK.palette().group(0).equals(Theme.CONTRAST.palette().group(0)));
        Palette p = Theme.LIGHT.palette();
        assertEquals(p.group(1), p.group(1 + Palette.GROUP_COLOURS));
        assertEquals(p.group(Palette.GROUP_COLOURS - 1), p.group(-1));
    }
}
