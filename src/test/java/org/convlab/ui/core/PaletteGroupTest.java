package org.convlab.ui.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** Channel-group colours: distinct, readable on the theme's background and surfaces, repeating after GROUP_COLOURS. */
class PaletteGroupTest {

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
                assertTrue(Palette.contrast(c, p.background()) >= 4.5, t + " group " + g + " on background: " + Palette.contrast(c, p.background()));
                assertTrue(Palette.contrast(c, p.surface()) >= 4.5, t + " group " + g + " on surface: " + Palette.contrast(c, p.surface()));
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
