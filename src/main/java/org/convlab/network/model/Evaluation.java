package org.convlab.network.model;

import java.util.List;

/**
 * A model run on its test subset by the engine.
 *
 * @param logits       count×classes, row by row
 * @param predictions  argmax of each row
 * @param correct      how many predictions equal the label
 * @param layers       counted multiplies per image, one row per layer that multiplies, in order
 * @param parameters   learned values of the model as run
 */
public record Evaluation(int count, int classes, float[] logits, int[] predictions, int correct,
                         List<LayerCount> layers, long parameters) {

    public Evaluation {
        layers = List.copyOf(layers);
    }

    /** One layer's multiplies and additions for one image. */
    public record LayerCount(String name, String origin, String describe, long multiplies, long additions, long parameters) { }

    public double accuracy() { return count == 0 ? 0 : (double) correct / count; }

    public long multipliesPerImage() {
        long m = 0;
        for (LayerCount l : layers) m += l.multiplies();
        return m;
    }

    /** Largest |engine − reference| over all logits (reference N×classes); NaN if none shipped. */
    public double maxDifference(float[] reference) {
        if (reference == null || reference.length != logits.length) return Double.NaN;
        double d = 0;
        for (int i = 0; i < logits.length; i++) d = Math.max(d, Math.abs(logits[i] - reference[i]));
        return d;
    }

    /** How many predictions differ from the argmax of the reference logits. */
    public int disagreements(float[] reference) {
        if (reference == null || reference.length != logits.length) return -1;
        int n = 0;
        for (int i = 0; i < count; i++) if (argmax(reference, i * classes, classes) != predictions[i]) n++;
        return n;
    }

    static int argmax(float[] v, int from, int n) {
        int best = 0;
        for (int j = 1; j < n; j++) if (v[from + j] > v[from + best]) best = j;
        return best;
    }
}
