package org.convlab.ui.animation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convlab.trace.Trace;

/**
 * The GIF frames of the animation screen ({@link org.convlab.ui.core.Screen#frames()}), also used by
 * lesson decks: a GIF has one
 * frame per step of the granularity chosen in the animation bar (one multiply, value, row or
 * stage), and the dialog offers "current row" and "current stage" as ranges.
 */
public final class AnimationExportHooks {
    /** Most frames offered (a per-multiply GIF of a big layer would never finish). */
    static final int MAX_FRAMES = 5000;

    private AnimationExportHooks() { }

    /** The GIF frames of the animation shown by {@code m}. */
    public static org.convlab.ui.core.Frames frames(AnimationModel m) { return new Frames(m); }

    /** Frame i = the animation position after i steps of the chosen granularity (frame 0 = the start). */
    static final class Frames implements org.convlab.ui.core.Frames {
        private final AnimationModel model;

        Frames(AnimationModel model) { this.model = model; }

        /** Positions of the frames, in order, for the model's granularity now. */
        int[] positions() {
            Trace t = model.getTrace();
            if (t == null) return new int[] {0};
            AnimationModel.Granularity g = model.granularityProperty().get();
            int n = t.size();
            int[] out = new int[Math.min(n, MAX_FRAMES) + 1];
            int k = 0, p = 0;
            out[k++] = 0;
            while (p < n && k < out.length) {
                if (g == AnimationModel.Granularity.MULTIPLY) {
                    p++;
                } else {
                    int e = t.nextWith(p, g.flag());
                    p = e < 0 ? n : e + 1;
                }
                out[k++] = p;
            }
            return Arrays.copyOf(out, k);
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
            int end = e < 0 ? t.size() : e + 1;
            return new int[] {indexOf(pos, start), indexOf(pos, end)};
        }

        /** The last frame whose position is at most {@code p}. */
        static int indexOf(int[] pos, int p) {
            int i = Arrays.binarySearch(pos, p);
            return i >= 0 ? i : Math.max(0, -i - 2);
        }
    }
}
