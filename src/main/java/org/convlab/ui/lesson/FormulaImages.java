package org.convlab.ui.lesson;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Renders LaTeX formulas with JLaTeXMath into JavaFX images (at twice the pixel density, shown
 * at half size, so they stay sharp on projectors and in 2× exports), cached by source and size.
 */
public final class FormulaImages {
    /** A rendered formula: the image and the depth below its baseline, in display pixels. */
    public record Rendered(Image image, double width, double height, double depth) { }

    private static final int OVERSAMPLE = 2;
    private static final Map<String, Rendered> CACHE = new LinkedHashMap<>(64, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, Rendered> e) { return size() > 400; }
    };

    private FormulaImages() { }

    /** Renders {@code tex}; throws RuntimeException (JLaTeXMath's ParseException) if it does not parse. */
    public static Rendered render(String tex, boolean display, double size) { return render(tex, display, size, 0x222222); }

    /** Renders {@code tex} in colour {@code rgb} (0xRRGGBB), e.g. the theme's text colour. */
    public static synchronized Rendered render(String tex, boolean display, double size, int rgb) {
        String key = (display ? "D" : "T") + size + ":" + Integer.toHexString(rgb) + ":" + tex;
        Rendered r = CACHE.get(key);
        if (r != null) return r;
        String refused = org.convlab.lesson.Formulas.limits(tex); // no recursive macros or deep nesting on the FX thread
        if (refused != null) throw new IllegalArgumentException(refused);
        TeXIcon icon = new TeXFormula(tex).createTeXIcon(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT,
                (float) (size * OVERSAMPLE));
        icon.setInsets(new Insets(OVERSAMPLE, OVERSAMPLE, OVERSAMPLE, OVERSAMPLE));
        icon.setForeground(new Color(rgb));
        int w = Math.max(1, icon.getIconWidth()), h = Math.max(1, icon.getIconHeight());
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        icon.paintIcon(null, g, 0, 0);
        g.dispose();
        r = new Rendered(SwingFXUtils.toFXImage(img, null), w / (double) OVERSAMPLE, h / (double) OVERSAMPLE,
                (icon.getIconDepth() + OVERSAMPLE) / (double) OVERSAMPLE);
        CACHE.put(key, r);
        return r;
    }
}
