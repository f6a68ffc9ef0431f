package org.convlab.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.Parent;
import javafx.scene.text.Font;

/**
 * The fonts exports are drawn with: DejaVu Sans (regular, bold) and DejaVu Sans Mono, bundled in
 * the jar (Bitstream Vera licence, which permits redistribution; the text is in
 * {@code fonts/DejaVu-LICENSE.txt} beside them), so a PNG made on a laptop and one made by the
 * command line on a server show the same glyphs.
 */
public final class ExportFonts {
    /** The family name to use in CSS ({@code -fx-font-family: "DejaVu Sans"}). */
    public static final String FAMILY = "DejaVu Sans";
    public static final String MONO_FAMILY = "DejaVu Sans Mono";
    private static final String[] FILES = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf"};
    private static volatile boolean loaded;

    private ExportFonts() { }

    /** Registers the bundled fonts with JavaFX (once; needs a running toolkit). */
    public static synchronized void load() {
        if (loaded) return;
        for (String f : FILES) {
            try (InputStream in = ExportFonts.class.getResourceAsStream("fonts/" + f)) {
                if (in == null) throw new IllegalStateException("bundled font fonts/" + f + " is missing from the jar");
                if (Font.loadFont(in, 12) == null) throw new IllegalStateException("JavaFX could not load the bundled font " + f);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled font " + f, e);
            }
        }
        loaded = true;
    }

    /** Makes {@code root} and everything under it use the bundled family (views may still set their own). */
    public static void apply(Parent root) {
        load();
        String style = root.getStyle() == null ? "" : root.getStyle();
        if (!style.contains("-fx-font-family")) {
            root.setStyle(style + (style.isBlank() ? "" : "; ") + "-fx-font-family: \"" + FAMILY + "\";");
        }
    }
}
