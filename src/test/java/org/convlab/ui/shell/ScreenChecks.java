package org.convlab.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Accordion;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;

/** What the rendering tests look for in a laid-out window: elided text, overlapping controls, low contrast. */
final class ScreenChecks {
    private ScreenChecks() { }

    /** Every node under {@code root}, depth first. */
    static List<Node> all(Node root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Node> out) {
        out.add(n);
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) collect(c, out);
    }

    /** The part of {@code n} the user can see: its scene bounds clipped by scroll viewports and the window; null when none. */
    static Bounds visibleBounds(Node n, Node window) {
        for (Node a = n; a != null; a = a.getParent()) if (!a.isVisible() || a.getOpacity() == 0) return null;
        Bounds b = inViewports(n);
        return b == null ? null : intersect(b, window.localToScene(window.getLayoutBounds()));
    }

    /** {@code n}'s scene bounds clipped by the viewports of the scroll panes it sits in; null when none shows. */
    static Bounds inViewports(Node n) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        for (Node a = n.getParent(); a != null && b != null; a = a.getParent()) {
            if (a instanceof ScrollPane sp && sp.getContent() != null && isAncestor(sp.getContent(), n)) {
                Node viewport = sp.lookup(".viewport");
                if (viewport != null) b = intersect(b, viewport.localToScene(viewport.getLayoutBounds()));
            }
        }
        return b;
    }

    /** Visible controls that are not containers nor inside another control (whose parts are its own business). */
    static List<Control> topLevelControls(Node window) {
        List<Control> out = new ArrayList<>();
        for (Node n : all(window)) {
            if (!(n instanceof Control c) || container(c)) continue;
            boolean inner = false;
            for (Node a = c.getParent(); a != null; a = a.getParent()) if (a instanceof Control ac && !container(ac)) inner = true;
            if (!inner && visibleBounds(c, window) != null) out.add(c);
        }
        return out;
    }

    static boolean isAncestor(Node a, Node n) {
        for (Node p = n; p != null; p = p.getParent()) if (p == a) return true;
        return false;
    }

    static Bounds intersect(Bounds a, Bounds b) {
        double x0 = Math.max(a.getMinX(), b.getMinX()), y0 = Math.max(a.getMinY(), b.getMinY());
        double x1 = Math.min(a.getMaxX(), b.getMaxX()), y1 = Math.min(a.getMaxY(), b.getMaxY());
        return x1 - x0 < 1 || y1 - y0 < 1 ? null : new BoundingBox(x0, y0, x1 - x0, y1 - y0);
    }

    /**
     * Visible controls the window's edge or a clipping pane cuts off (a toolbar running past the right edge): parts
     * hidden inside a scroll pane's viewport are fine (the user scrolls to them), the window's edge is not.
     */
    static List<String> cutOff(Node window) {
        Bounds w = window.localToScene(window.getLayoutBounds());
        List<String> out = new ArrayList<>();
        for (Control c : topLevelControls(window)) {
            Bounds b = inViewports(c);
            if (b != null && (b.getMaxX() > w.getMaxX() + 2 || b.getMaxY() > w.getMaxY() + 2)) {
                out.add(describe(c) + " runs " + Math.round(Math.max(b.getMaxX() - w.getMaxX(), b.getMaxY() - w.getMaxY())) + " px past the window's edge");
            } else if (b != null) {
                clippedBy(c, b).ifPresent(out::add);
            }
        }
        return out;
    }

    /** A pane that clips (a split pane's side, a titled box) and hides part of {@code c} with no way to scroll to it. */
    private static java.util.Optional<String> clippedBy(Control c, Bounds b) {
        for (Node a = c.getParent(); a != null; a = a.getParent()) {
            if (a instanceof ScrollPane) return java.util.Optional.empty(); // the user scrolls to the rest
            if (a.getClip() == null) continue;
            Bounds clip = a.localToScene(a.getClip().getBoundsInParent());
            double past = Math.max(b.getMaxX() - clip.getMaxX(), b.getMaxY() - clip.getMaxY());
            if (past > 2) return java.util.Optional.of(describe(c) + " is cut off by its pane (" + Math.round(past) + " px hidden)");
        }
        return java.util.Optional.empty();
    }

    /** Labeled controls whose text is shown cut off with an ellipsis. */
    static List<String> elided(Node window) {
        List<String> out = new ArrayList<>();
        for (Node n : all(window)) {
            if (n instanceof javafx.scene.control.TextField f && f.getText() != null && !f.getText().isBlank()
                    && visibleBounds(f, window) != null) {
                // a field whose text is wider than its box shows only part of it ("imag" for "image")
                Text probe = new Text(f.getText());
                probe.setFont(f.getFont());
                double room = f.getWidth() - f.snappedLeftInset() - f.snappedRightInset();
                if (probe.getLayoutBounds().getWidth() > room + 0.5) {
                    out.add(describe(f) + " shows part of '" + f.getText() + "' (" + Math.round(probe.getLayoutBounds().getWidth())
                            + " px of text in " + Math.round(room) + " px)");
                }
                continue;
            }
            if (!(n instanceof Labeled l) || l.getText() == null || l.getText().isBlank()) continue;
            if (visibleBounds(l, window) == null) continue;
            String shown = null;
            for (Node c : l.getChildrenUnmodifiable()) if (c instanceof Text t) shown = t.getText();
            if (shown == null) continue;
            String ell = l.getEllipsisString();
            if (ell != null && !ell.isEmpty() && shown.endsWith(ell) && !l.getText().endsWith(ell)) {
                out.add(describe(l) + " shows '" + shown + "' for '" + l.getText() + "'");
            }
        }
        return out;
    }

    /** Containers that are Controls: their content is checked, not the container. */
    private static boolean container(Node n) {
        return n instanceof ScrollPane || n instanceof TabPane || n instanceof SplitPane || n instanceof TitledPane
                || n instanceof Accordion || n instanceof ToolBar;
    }

    /** Pairs of visible controls (not inside one another) that cover each other by more than 2 px each way. */
    static List<String> overlaps(Node window) {
        List<Control> controls = topLevelControls(window);
        List<Bounds> bounds = new ArrayList<>();
        for (Control c : controls) bounds.add(visibleBounds(c, window));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < controls.size(); i++) {
            for (int j = i + 1; j < controls.size(); j++) {
                Bounds x = intersect(bounds.get(i), bounds.get(j));
                if (x != null && x.getWidth() > 2 && x.getHeight() > 2) {
                    out.add(describe(controls.get(i)) + " overlaps " + describe(controls.get(j)) + " by " + Math.round(x.getWidth()) + "×" + Math.round(x.getHeight()));
                }
            }
        }
        return out;
    }

    /** Visible, enabled texts whose colour against the background behind them is below {@code min}:1. */
    static List<String> lowContrast(Node window, double min) {
        List<String> out = new ArrayList<>();
        for (Node n : all(window)) {
            if (!(n instanceof Text t) || t.getText() == null || t.getText().isBlank() || t.isDisabled()) continue;
            if (visibleBounds(t, window) == null) continue;
            if (!(t.getFill() instanceof Color fg) || fg.getOpacity() == 0) continue;
            Color bg = background(t);
            Color text = over(fg, bg);
            double ratio = org.convlab.ui.core.Palette.contrast(text, bg);
            if (ratio < min) {
                Node owner = t.getParent() instanceof Labeled l ? l : t;
                out.add(String.format(java.util.Locale.ROOT, "%s '%s': %s on %s = %.2f:1", describe(owner), abbreviate(t.getText()),
                        hex(text), hex(bg), ratio));
            }
        }
        return out;
    }

    /** The colour behind a node: the fills of its ancestors' backgrounds, composed from the window down. */
    static Color background(Node n) {
        List<Region> regions = new ArrayList<>();
        for (Node a = n; a != null; a = a.getParent()) if (a instanceof Region r) regions.add(r);
        Color c = Color.WHITE;
        for (int i = regions.size() - 1; i >= 0; i--) {
            Background bg = regions.get(i).getBackground();
            if (bg == null) continue;
            for (BackgroundFill f : bg.getFills()) {
                Color col = average(f.getFill());
                if (col != null && coversText(f, regions.get(i))) c = over(col, c);
            }
        }
        return c;
    }

    /** A colour, or the mean of a gradient's stops (Modena paints buttons with gradients). */
    static Color average(Paint p) {
        if (p instanceof Color c) return c;
        java.util.List<javafx.scene.paint.Stop> stops = p instanceof javafx.scene.paint.LinearGradient g ? g.getStops()
                : p instanceof javafx.scene.paint.RadialGradient r ? r.getStops() : java.util.List.of();
        if (stops.isEmpty()) return null;
        double r = 0, g = 0, b = 0, a = 0;
        for (javafx.scene.paint.Stop st : stops) {
            r += st.getColor().getRed(); g += st.getColor().getGreen(); b += st.getColor().getBlue(); a += st.getColor().getOpacity();
        }
        int n = stops.size();
        return Color.color(r / n, g / n, b / n, a / n);
    }

    /** A fill counts unless it is inset so far it cannot sit behind the text (focus rings, borders drawn as fills). */
    private static boolean coversText(BackgroundFill f, Region r) {
        var in = f.getInsets();
        return in.getTop() + in.getBottom() < r.getHeight() - 4 && in.getLeft() + in.getRight() < r.getWidth() - 4;
    }

    static Color over(Color top, Color under) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a));
    }


    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    private static String abbreviate(String s) { return s.length() > 40 ? s.substring(0, 40) + "…" : s; }

    static String describe(Node n) {
        String id = n.getId() != null ? "#" + n.getId() : "";
        String cls = n.getStyleClass().isEmpty() ? "" : "." + String.join(".", n.getStyleClass());
        String text = n instanceof Labeled l && l.getText() != null ? " '" + abbreviate(l.getText()) + "'" : "";
        return n.getClass().getSimpleName() + id + cls + text;
    }
}
