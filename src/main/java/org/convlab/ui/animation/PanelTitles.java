package org.convlab.ui.animation;

import org.convlab.engine.ConvSpec;
import org.convlab.engine.Method;
import org.convlab.trace.Space;
import org.convlab.trace.Trace;
import org.convlab.ui.animation.Layout.Kind;

/** The labels above each grid: what it is, which channel, and its settings. */
final class PanelTitles {
    private PanelTitles() { }

    static String title(Trace t, Kind k, int c) {
        int[] in = t.shape(Space.INPUT), out = t.shape(Space.OUTPUT);
        return switch (k) {
            case INPUT -> "INPUT  c " + c + " of " + in[0];
            case INTERMEDIATE -> t.method() == Method.DEPTHWISE_SEPARABLE ? "INTERMEDIATE  c " + c : "INTERMEDIATE  slice " + c;
            case PAIR -> "PAIR RESULT " + c;
            case OUTPUT -> "OUTPUT  f " + c + " of " + out[0];
            case EXACT -> "STANDARD K×K";
            case ERROR -> "ERROR";
            case KERNEL -> "KERNEL";
        };
    }

    static String subtitle(Trace t, Kind k, int c, float errorMax) {
        ConvSpec s = t.meta().spec();
        int[] in = t.shape(Space.INPUT), out = t.shape(Space.OUTPUT), mid = t.shape(Space.INTERMEDIATE);
        return switch (k) {
            case INPUT -> in[0] + "×" + in[1] + "×" + in[2] + " · stride " + s.strideH() + " · pad " + s.padding()
                    + " · dil " + s.dilationH();
            case INTERMEDIATE -> mid[1] + "×" + mid[2] + (t.method() == Method.DEPTHWISE_SEPARABLE ? " depthwise out" : " column pass");
            case PAIR -> "row pass, before summing";
            case OUTPUT -> out[0] + "×" + out[1] + "×" + out[2];
            case EXACT -> "max |diff| " + StepText.num(t.meta().exact().maxAbsDiff(t.meta().engine().output()));
            case ERROR -> "vs exact, max " + String.format(java.util.Locale.ROOT, "%.3f", errorMax);
            case KERNEL -> "";
        };
    }
}
