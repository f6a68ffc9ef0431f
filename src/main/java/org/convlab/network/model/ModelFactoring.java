package org.convlab.network.model;

import java.util.ArrayList;
import java.util.List;
import org.convlab.engine.ShapeException;
import org.convlab.engine.Weights;
import org.convlab.engine.factor.LayerFactorization;
import org.convlab.engine.factor.LayerFactorizer;
import org.convlab.engine.factor.Scheme;
import org.convlab.engine.factor.Stage;

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
        ModelLayer.Conv2d layer = m.convolution(c.layer());
        if (layer.spec().groups() != 1) {
            throw new IllegalArgumentException(c.layer() + " is a grouped convolution (groups " + layer.spec().groups()
                    + "); only standard layers (groups 1) can be factored");
        }
        Scheme s = Scheme.parse(c.scheme());
        int max = LayerFactorizer.maxRank(layer.weights(), s);
        int[] maxes = LayerFactorizer.maxRanks(layer.weights(), s);
        if (c.rank() > maxes[0] || (s == Scheme.TUCKER2 && c.rank2() > maxes[maxes.length - 1])) {
            throw new IllegalArgumentException("--factor " + c.layer() + ":" + c.scheme() + ": rank " + c.ranks()
                    + " is too large for " + layer.describe() + " (" + s.id() + " accepts 1 to "
                    + (s == Scheme.TUCKER2 ? maxes[0] + " for R_in and 1 to " + maxes[1] + " for R_out" : String.valueOf(max)) + ")");
        }
        LayerFactorization f;
        try {
            f = LayerFactorizer.factor(layer.weights(), layer.spec(), s, c.rank(), s == Scheme.TUCKER2 ? c.rank2() : 0);
        } catch (ShapeException e) {
            throw new IllegalArgumentException("--factor " + c.layer() + ": " + e.getMessage(), e);
        }
        List<ModelLayer.Conv2d> chain = new ArrayList<>();
        for (int i = 0; i < f.stages().size(); i++) {
            Stage st = f.stages().get(i);
            boolean last = i == f.stages().size() - 1;
            chain.add(new ModelLayer.Conv2d(c.layer() + "." + st.name(), c.layer(), st.weights(), last ? layer.bias() : null, st.spec()));
        }
        long params = f.parameters() + (layer.bias() == null ? 0 : layer.bias().length);
        return new Factored(c, m.replace(c.layer(), chain), f.relativeError(), params);
    }

    /** The singular values the scheme truncates ({@link LayerFactorizer#singularValues}). */
    public static double[] singularValues(Weights w, String scheme) {
        return LayerFactorizer.singularValues(w, Scheme.parse(scheme));
    }

    /** The largest rank of the scheme (tucker2: the largest usable as both R_in and R_out). */
    public static int maxRank(Weights w, String scheme) {
        return LayerFactorizer.maxRank(w, Scheme.parse(scheme));
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
