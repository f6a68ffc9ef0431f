package org.convlab.network.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convlab.engine.factor.LayerFactorization;
import org.convlab.engine.factor.LayerFactorizer;
import org.convlab.engine.factor.Scheme;
import org.convlab.io.ModelReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A factored model equals the model whose layer holds the reconstructed kernel, and costs what
 * the factorization's closed form says.
 */
class ModelFactoringTest {
    private static Model small(String name, int n) {
        Model m = ModelReader.builtIn(name);
        return new Model(m.name(), m.description(), 1, 28, 28, m.inputScale(), m.classes(), m.layers(), m.test().first(n, 10));
    }

    @ParameterizedTest
    @CsvSource({"conv2,filter-svd,4,0", "conv3,spatial-svd,8,0", "conv2,depthwise-separable,1,0", "conv3,tucker2,6,10",
            "conv1,filter-svd,3,0"})
    void factoredModelRunsTheReconstructedKernel(String layer, String scheme, int r, int r2) {
        Model m = small("fashion-cnn", 40);
        FactorChoice c = r2 > 0 ? new FactorChoice(layer, scheme, List.of(r, r2)) : new FactorChoice(layer, scheme, List.of(r));
        ModelFactoring.Factored f = ModelFactoring.apply(m, c);
        ModelLayer.Conv2d orig = m.convolution(layer);
        LayerFactorization lf = LayerFactorizer.factor(orig.weights(), orig.spec(), Scheme.parse(scheme), r, r2);
        assertEquals(lf.relativeError(), f.relativeError(), 1e-12);
        Model rebuilt = m.replace(layer, List.of(new ModelLayer.Conv2d(layer, layer, lf.reconstructed(), orig.bias(), orig.spec())));
        Evaluation a = ModelRunner.evaluate(f.model(), ModelRunner.Progress.NONE);
        Evaluation b = ModelRunner.evaluate(rebuilt, ModelRunner.Progress.NONE);
        assertTrue(a.maxDifference(b.logits()) < 1e-3, "max diff " + a.maxDifference(b.logits()));
        long layerMults = 0;
        for (Evaluation.LayerCount l : a.layers()) if (l.origin().equals(layer)) layerMults += l.multiplies();
        int size = layer.equals("conv1") ? 28 : layer.equals("conv2") ? 14 : 7;
        assertEquals(lf.multiplies(size, size), layerMults);
        Evaluation base = ModelRunner.evaluate(m, ModelRunner.Progress.NONE);
        long baseLayer = 0;
        for (Evaluation.LayerCount l : base.layers()) if (l.origin().equals(layer)) baseLayer += l.multiplies();
        assertEquals(base.multipliesPerImage() - baseLayer + layerMults, a.multipliesPerImage());
    }

    @org.junit.jupiter.api.Test
    void fullRankFilterSvdKeepsEveryPrediction() {
        Model m = small("fashion-cnn", 200);
        Evaluation base = ModelRunner.evaluate(m, ModelRunner.Progress.NONE);
        Evaluation full = ModelRunner.evaluate(ModelFactoring.apply(m, FactorChoice.parse("conv3:filter-svd:64")).model(),
                ModelRunner.Progress.NONE);
        assertTrue(full.maxDifference(base.logits()) < 1e-3);
        assertEquals(base.correct(), full.correct());
    }

    @org.junit.jupiter.api.Test
    void refusesGroupedLayersAndRanksTooLarge() {
        Model dws = small("fashion-dws", 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelFactoring.apply(dws, FactorChoice.parse("conv2_dw:filter-svd:1")));
        assertTrue(e.getMessage().contains("grouped"), e.getMessage());
        Model m = small("fashion-cnn", 1);
        e = assertThrows(IllegalArgumentException.class, () -> ModelFactoring.apply(m, FactorChoice.parse("conv3:depthwise-separable:10")));
        assertTrue(e.getMessage().contains("1 to 9"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ModelFactoring.apply(m, FactorChoice.parse("conv9:filter-svd:1")));
        assertTrue(e.getMessage().contains("conv1, conv2, conv3"), e.getMessage());
    }
}
