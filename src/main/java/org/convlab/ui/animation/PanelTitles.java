package org.convlab.ui.animation;

import org.convlab.engine.ConvSpec;
import org.convlab.engine.Method;
import org.convlab.trace.Space;
import org.convlab.trace.Trace;
import org.convlab.ui.animation.Layout.Kind;

/** The labels above each stack and each channel plane: what it is, its shape and settings. */
final class PanelTitles {
    private PanelTitles() { }

    static String title(Trace t, Kind k, int first) {
        int[] in = t.shape(Space.INPUT), out = t.shape(Space.OUTPUT);
        int[] pair = t.shape(Space.PAIR);
        int perFilter = pair == null ? 1 : pair[0] / out[0];
        return switch (k) {
            case INPUT -> "INPUT  " + in[0] + "×" + in[1] + "×" + in[2];
            case INTERMEDIATE -> t.method() == Method.DEPTHWISE_SEPARABLE ? "INTERMEDIATE (depthwise out)" : "COLUMN PASS  filter " + first / perFilter;
            case PAIR -> "ROW PASS  filter " + first / perFilter;
            case OUTPUT -> "OUTPUT  " + out[0] + "×" + out[1] + "×" + out[2];
            case SHUFFLED -> "SHUFFLED (" + t.meta().spec().groups() + " groups)";
            case EXACT -> t.method() != Method.GROUPED ? "STANDARD K×K"
                    : t.meta().spec().groups() == 1 ? "STANDARD (G = 1)" : "DEPTHWISE (G = C)";
            case ERROR -> "ERROR";
            case KERNEL -> "KERNEL";
        };
    }

    static String subtitle(Trace t, Kind k, float errorMax) {
        ConvSpec s = t.meta().spec();
        int[] mid = t.shape(Space.INTERMEDIATE);
        int groups = s.groups();
        return switch (k) {
            case INPUT -> "stride " + s.strideH() + " · pad " + s.padding() + " · dil " + s.dilationH()
                    + (t.method() == Method.GROUPED ?  " · " + groups + (groups == 1 ? " group of " : " groups of ") + t.shape(Space.INPUT)[0] / groups : "");
            case INTERMEDIATE -> mid[1] + "×" + mid[2] + (t.method() == Method.DEPTHWISE_SEPARABLE ? " per plane" : " (column pass, per slice)");
            case PAIR -> "each pair's row pass, summed into OUTPUT";
            case OUTPUT -> t.method() == Method.GROUPED ? "filter f reads group f ÷ " + t.shape(Space.OUTPUT)[0] / groups : "one plane per filter";
            case SHUFFLED -> "ShuffleNet: a permutation, 0 multiplies";
            case EXACT -> "max |diff| " + StepText.num(t.meta().exact().maxAbsDiff(t.meta().engine().output()))
                    + " · " + String.format(java.util.Locale.ROOT, "%,d", t.meta().reference().counts().multiplies()) + " multiplies";
            case ERROR -> "vs exact, max " + String.format(java.util.Locale.ROOT, "%.3f", errorMax);
            case KERNEL -> "";
        };
    }

    /** What a cropped stack shows of its planes, e.g. "rows 3–10, cols 0–7 of 32×32 · planes 0–3 of 8". */
    static String window(Trace t, Layout.Panel p, int first) {
        int[] shape = t.shape(p.space());
        int r0 = Math.max(0, -p.top()), r1 = Math.min(shape[1] - 1, p.rows() - 1 - p.top());
        int c0 = Math.max(0, -p.left()), c1 = Math.min(shape[2] - 1, p.cols() - 1 - p.left());
        int span = p.window() > 0 ? p.window() : p.totalPlanes();
        String planes = p.planes() < span ? " · planes " + first + "–" + (first + p.planes() - 1) + " of " + span : "";
        boolean cut = p.rows() < p.gridRows() || p.cols() < p.gridCols();
        return (cut ? "rows " + r0 + "–" + r1 + ", cols " + c0 + "–" + c1 + " of " + shape[1] + "×" + shape[2] : "").concat(planes)
                .replaceFirst("^ · ", "");
    }

    /** The label of one plane, e.g. "c 1 · group 0", "f 2", "slice 3 (c 1, pair 2)". */
    static String plane(Trace t, Kind k, int c, int local) {
        int[] in = t.shape(Space.INPUT), out = t.shape(Space.OUTPUT);
        int groups = t.method() == Method.GROUPED ? t.meta().spec().groups() : 1;
        return switch (k) {
            case INPUT -> "c " + c + (groups > 1 ? " · g " + c / (in[0] / groups) : "");
            case INTERMEDIATE -> {
                if (t.method() == Method.DEPTHWISE_SEPARABLE) {
                    int m = t.shape(Space.INTERMEDIATE)[0] / in[0];
                    yield "c " + c + (m > 1 ? " (from c " + c / m + ")" : "");
                }
                yield sliceName(t, c);
            }
            case PAIR -> sliceName(t, c);
            case OUTPUT, EXACT, ERROR -> "f " + c + (groups > 1 ? " · g " + c / (out[0] / groups) : "")
                    + (t.method() == Method.DEPTHWISE && out[0] > in[0] ? " (c " + c / (out[0] / in[0]) + ")" : "");
            case SHUFFLED -> "ch " + local + " ← f " + c;
            case KERNEL -> "";
        };
    }

    private static String sliceName(Trace t, int s) {
        int r = Math.max(1, t.meta().rank());
        int perFilter = t.shape(Space.PAIR)[0] / t.shape(Space.OUTPUT)[0];
        return "c " + (s % perFilter) / r + (r > 1 ? ", pair " + (s % r + 1) : "");
    }
}
