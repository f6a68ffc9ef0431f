package org.convlab.network.model;

import java.util.List;
import org.convlab.engine.Weights;

/**
 * Factors one convolution of a model with the engine's whole-layer factorizations and puts the
 * stages in its place (each stage an ordinary {@link ModelLayer.Conv2d}, the layer's bias on the
 * last one).
 */
public final class ModelFactoring {
    private ModelFactoring() { }

    /** A model with one layer factored, and what the factorization cost in kernel error. */
    public record Factored(FactorChoice choice, Model model, double relativeError, long layerParameters) { }

    public static Factored apply(Model m, FactorChoice c) {
        throw new UnsupportedOperationException("waiting for engine.factor");
    }

    /** The singular values the scheme truncates (for tucker2, those of the input-channel unfolding). */
    public static double[] singularValues(Weights w, String scheme) {
        throw new UnsupportedOperationException("waiting for engine.factor");
    }

    public static int maxRank(Weights w, String scheme) {
        throw new UnsupportedOperationException("waiting for engine.factor");
    }

    /** Ranks worth plotting for a scheme: 1, 2, 3, 4, 6, 8, 12, 16, ... up to the maximum. */
    public static List<Integer> sweepRanks(int max) {
        java.util.TreeSet<Integer> r = new java.util.TreeSet<>();
        for (int base = 1; base <= max; base *= 2) {
            r.add(base);
            if (base * 3 / 2 <= max && base >= 2) r.add(base * 3 / 2);
        }
        r.add(max);
        return List.copyOf(r);
    }
}
