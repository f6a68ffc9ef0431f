package org.convlab.lesson.publish;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.convlab.engine.ConvResult;
import org.convlab.engine.Tensor;
import org.convlab.io.DisplayMapping;
import org.convlab.lesson.SceneBuilder;

/**
 * A step's scene as one PNG for pages and quizzes, drawn with AWT (no display needed): the input,
 * the kernel's values and, unless the open question asks about it, the output. No counts are
 * drawn, so a picture never gives a question's answer away.
 */
public final class ScenePicture {
    private static final int SIDE = 160, GAP = 24, TOP = 26;

    private ScenePicture() { }

    public static byte[] png(SceneBuilder.Built b, ConvResult r, boolean showOutput) {
        int panels = showOutput ? 3 : 2;
        BufferedImage img = new BufferedImage(panels * SIDE + (panels + 1) * GAP, SIDE + TOP + GAP, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        int x = GAP;
        Tensor in = b.image();
        draw(g, "INPUT " + in.shapeString(), tensor(in, true), x);
        x += SIDE + GAP;
        kernel(g, b, x);
        x += SIDE + GAP;
        if (showOutput) draw(g, "OUTPUT " + r.output().shapeString() + (r.output().channels() > 1 ? " (channel 1)" : ""), tensor(r.output(), false), x);
        g.dispose();
        return WebText.encode(img);
    }

    private static void draw(Graphics2D g, String caption, BufferedImage t, int x) {
        g.setColor(new Color(0x44, 0x4c, 0x55));
        g.drawString(caption, x, 18);
        double s = (double) SIDE / Math.max(t.getWidth(), t.getHeight());
        g.drawImage(t, x, TOP, (int) Math.round(t.getWidth() * s), (int) Math.round(t.getHeight() * s), null);
    }

    private static BufferedImage tensor(Tensor t, boolean input) {
        int h = t.height(), w = t.width();
        int[] px = input && t.channels() == 3 ? DisplayMapping.rgb(t.data(), h, w, DisplayMapping.Mode.CLAMP)
                : DisplayMapping.plane(t.data(), 0, h, w, input ? DisplayMapping.Mode.CLAMP : resultMode(t, h * w), 0);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, w, h, px, 0, w);
        return img;
    }

    /** A result with no negative values is shown as an image, a signed one in the diverging map. */
    static DisplayMapping.Mode resultMode(Tensor t, int plane) {
        float min = Float.POSITIVE_INFINITY, max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < plane; i++) { min = Math.min(min, t.data()[i]); max = Math.max(max, t.data()[i]); }
        if (min < -1e-6f) return DisplayMapping.Mode.DIVERGING;
        return max <= 1.0001f ? DisplayMapping.Mode.CLAMP : DisplayMapping.Mode.NORMALIZED;
    }

    private static void kernel(Graphics2D g, SceneBuilder.Built b, int x) {
        var k = b.bank().kernel();
        int kh = k.kernelHeight(), kw = k.kernelWidth();
        g.setColor(new Color(0x44, 0x4c, 0x55));
        g.drawString("KERNEL " + kh + "×" + kw + (b.bank().channels() > 1 ? " (channel 1)" : ""), x, 18);
        if (kh > 9 || kw > 9) return;
        float max = DisplayMapping.maxAbs(k.data(), 0, k.size());
        int cell = Math.min(SIDE / Math.max(kh, kw), 44);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int y = 0; y < kh; y++) {
            for (int xx = 0; xx < kw; xx++) {
                float v = k.get(0, 0, y, xx);
                g.setColor(new Color(DisplayMapping.diverging(max == 0 ? 0 : v / max) & 0xFFFFFF));
                g.fillRect(x + xx * cell, TOP + y * cell, cell - 2, cell - 2);
                g.setColor(Math.abs(v) > 0.6 * max ? Color.WHITE : new Color(0x22, 0x22, 0x22));
                String s = v == Math.rint(v) ? Integer.toString((int) v) : String.format(java.util.Locale.ROOT, "%.2f", v);
                g.drawString(s, x + xx * cell + 4, TOP + y * cell + cell / 2 + 4);
            }
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
    }
}
