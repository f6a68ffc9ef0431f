package org.convlab.lesson.publish;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.convlab.lesson.MathText;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Lesson Markdown as HTML for the web page and the quiz exports, through commonmark's own HTML
 * renderer. Formulas are taken out first (so Markdown cannot touch their underscores) and put back
 * either as embedded PNG images rendered by JLaTeXMath ({@link Math#IMAGES}, self-contained pages)
 * or as TeX between {@code \( \)} / {@code \[ \]} for an LMS that renders it with MathJax
 * ({@link Math#TEX}, e.g. Moodle).
 */
public final class WebText {
    /** How formulas are written. */
    public enum Math { IMAGES, TEX }

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).build();

    private WebText() { }

    /** {@code markdown} (with {@code $…$} formulas) as an HTML fragment. */
    public static String html(String markdown, Math math) {
        MathText.Extracted ex = MathText.extract(markdown);
        String html = RENDERER.render(PARSER.parse(ex.markdown()));
        StringBuilder out = new StringBuilder();
        for (Object part : MathText.Extracted.split(html)) {
            if (part instanceof Integer i) out.append(formula(ex.formulas().get(i), math));
            else out.append(part);
        }
        return out.toString().replace("\\$", "$");
    }

    /** Plain text inline (no paragraph), e.g. a choice; formulas as {@code math} says. */
    public static String inline(String markdown, Math math) {
        String h = html(markdown, math).trim();
        if (h.startsWith("<p>") && h.endsWith("</p>") && h.indexOf("<p>", 1) < 0) h = h.substring(3, h.length() - 4);
        return h;
    }

    private static String formula(MathText.Formula f, Math math) {
        if (math == Math.TEX) return (f.display() ? "\\[" : "\\(") + escape(f.tex()) + (f.display() ? "\\]" : "\\)");
        String img = "<img class=\"formula\" alt=\"" + escape(f.tex()) + "\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png(f.tex(), f.display())) + "\" style=\"vertical-align: middle; height: "
                + "auto;\">";
        return f.display() ? "<span class=\"display-formula\" style=\"display:block;text-align:center;margin:0.6em 0\">" + img + "</span>" : img;
    }

    /** A formula rendered by JLaTeXMath as a PNG (twice the density of 16 px text). */
    public static byte[] png(String tex, boolean display) {
        TeXIcon icon = new TeXFormula(tex).createTeXIcon(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT, 18f);
        icon.setInsets(new java.awt.Insets(2, 2, 2, 2));
        icon.setForeground(new Color(0x22, 0x22, 0x22));
        BufferedImage img = new BufferedImage(Math_max(icon.getIconWidth()), Math_max(icon.getIconHeight()), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        icon.paintIcon(null, g, 0, 0);
        g.dispose();
        return encode(img);
    }

    private static int Math_max(int v) { return v < 1 ? 1 : v; }

    static byte[] encode(BufferedImage img) {
        try {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            ImageIO.write(img, "png", b);
            return b.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Escapes text for HTML and XML. */
    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static List<Object> parts(String html) { return MathText.Extracted.split(html); }
}
