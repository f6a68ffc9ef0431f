package org.convlab.ui.animation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.convlab.trace.Trace;
import org.convlab.ui.core.ComputeService;
import org.convlab.ui.core.ExportInfo;
import org.convlab.ui.core.Frames;
import org.convlab.ui.core.KeyBinding;
import org.convlab.ui.core.Look;
import org.convlab.ui.core.Quantity;
import org.convlab.ui.core.Reveal;
import org.convlab.ui.core.Screen;

/**
 * The Animation behind the {@link Screen} contract: its keys for F1, its frames for GIF export
 * (one per step of the chosen granularity), its caption, and the look (palette, scale) for its
 * canvases. Taking the keyboard when shown keeps ←/→ on the animation instead of the tab bar.
 */
public final class AnimationScreen implements Screen {
    /** Most frames offered (a per-multiply GIF of a big layer would never finish). */
    static final int MAX_FRAMES = 5000;

    private final AnimationView view;

    public AnimationScreen(ComputeService compute) { this(new AnimationView(compute)); }

    public AnimationScreen(AnimationView view) { this.view = view; }

    public AnimationView view() { return view; }
    public AnimationModel model() { return view.getModel(); }

    /** Counters the Animation shows print {@link Reveal#PLACEHOLDER} for the quantities {@code reveal} hides. */
    public void setReveal(Reveal reveal) { view.getModel().setReveal(reveal); }

    @Override public String id() { return "animation"; }
    @Override public String title() { return "Animation"; }
    @Override public Parent root() { return view.getRoot(); }
    @Override public Node snapshotTarget() { return view.getSnapshotTarget(); }

    @Override public ExportInfo exportInfo() {
        AnimationModel m = view.getModel();
        String method = m.methodProperty().get() == null ? "animation" : m.methodProperty().get().id();
        String counts = m.show(Quantity.MULTIPLIES, String.format(Locale.ROOT, "%,d of %,d multiplies",
                m.multipliesProperty().get(), m.totalMultipliesProperty().get()));
        return new ExportInfo(("animation-" + method).replaceAll("[^a-z0-9]+", "-"), null, null, method, counts);
    }

    @Override public List<KeyBinding> keys() {
        return List.of(
                KeyBinding.info("Space", "Play / pause"),
                KeyBinding.info("← / →", "One step back / forward (one multiply, or the chosen granularity)"),
                KeyBinding.info("Shift+← / →", "One output value back / forward"),
                KeyBinding.info("↑ / ↓", "One row back / forward"),
                KeyBinding.info("Page Up / Page Down", "One stage or filter back / forward"),
                KeyBinding.info("Home / End", "Jump to the start / end"),
                KeyBinding.info("Click an output cell", "Jump to where that value is complete"));
    }

    @Override public Frames frames() { return new StepFrames(view.getModel()); }

    @Override public void applyLook(Look look) { view.applyLook(look); }

    @Override public void shown() { view.focusAnimation(); }

    @Override public void hidden() { view.getModel().playingProperty().set(false); }

    @Override public void dispose() { view.dispose(); }

    /** Frame i = the position after i steps of the chosen granularity (frame 0 = the start). */
    static final class StepFrames implements Frames {
        private final AnimationModel model;

        StepFrames(AnimationModel model) { this.model = model; }

        int[] positions() {
            Trace t = model.getTrace();
            if (t == null) return new int[] {0};
            AnimationModel.Granularity g = model.granularityProperty().get();
            int n = t.size();
            int[] out = new int[Math.min(n, MAX_FRAMES) + 1];
            int k = 0, p = 0;
            out[k++] = 0;
            while (p < n && k < out.length) {
                if (g == AnimationModel.Granularity.MULTIPLY) p++;
                else { int e = t.nextWith(p, g.flag()); p = e < 0 ? n : e + 1; }
                out[k++] = p;
            }
            return java.util.Arrays.copyOf(out, k);
        }

        @Override public int count() { return positions().length; }

        @Override public int current() { return indexOf(positions(), model.positionProperty().get()); }

        @Override public void show(int i) {
            int[] pos = positions();
            model.playingProperty().set(false);
            model.positionProperty().set(pos[Math.max(0, Math.min(i, pos.length - 1))]);
        }

        @Override public Map<String, int[]> ranges() {
            Trace t = model.getTrace();
            Map<String, int[]> r = new LinkedHashMap<>();
            if (t == null || t.size() == 0) return r;
            int[] pos = positions();
            int p = Math.min(model.positionProperty().get(), t.size() - 1);
            r.put("Current row", span(t, pos, p, Trace.ROW_END));
            r.put("Current stage", span(t, pos, p, Trace.STAGE_END));
            return r;
        }

        private static int[] span(Trace t, int[] pos, int p, int flag) {
            int start = p <= 0 ? 0 : t.previousWith(p - 1, flag) + 1;
            int e = t.nextWith(p, flag);
            return new int[] {indexOf(pos, start), indexOf(pos, e < 0 ? t.size() : e + 1)};
        }

        static int indexOf(int[] pos, int p) {
            int i = java.util.Arrays.binarySearch(pos, p);
            return i >= 0 ? i : Math.max(0, -i - 2);
        }
    }
}
