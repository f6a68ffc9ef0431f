package org.convlab.ui.speed;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Canvas text that never runs past its space: the font shrinks (down to 60 %) instead of eliding. */
final class Draw {
    private Draw() { }

    static double width(String s, Font f) {
        Text t = new Text(s);
        t.setFont(f);
        return t.getLayoutBounds().getWidth();
    }

    /** Draws {@code s} at (x, y) in {@code f}, or in a smaller size of it when wider than {@code maxW}. */
    static void fit(GraphicsContext g, String s, double x, double y, double maxW, Font f) {
        double wd = width(s, f);
        Font use = f;
        if (wd > maxW && maxW > 0) {
            boolean bold = f.getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold");
            use = Font.font(f.getFamily(), bold ? javafx.scene.text.FontWeight.BOLD : javafx.scene.text.FontWeight.NORMAL,
                    Math.max(f.getSize() * 0.6, f.getSize() * maxW / wd));
        }
        g.setFont(use);
        g.fillText(s, x, y);
        g.setFont(f);
    }
}
