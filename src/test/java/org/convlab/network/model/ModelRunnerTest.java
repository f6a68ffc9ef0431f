package org.convlab.network.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convlab.io.ModelReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped models run by the engine give PyTorch's logits (made by tools/train/train_fashion.py
 * and committed beside the weights) within 1e-3, and the same prediction for every image.
 */
class ModelRunnerTest {

    @ParameterizedTest
    @ValueSource(strings = {"fashion-cnn", "fashion-dws"})
    void engineLogitsMatchPytorch(String name) {
        Model m = ModelReader.builtIn(name);
        assertEquals(1000, m.test().count());
        Evaluation e = ModelRunner.evaluate(m, ModelRunner.Progress.NONE);
        float[] ref = m.test().reference();
        assertTrue(e.maxDifference(ref) < 1e-3, name + ": max |engine − PyTorch| = " + e.maxDifference(ref));
        assertEquals(0, e.disagreements(ref), name + ": predictions that differ from PyTorch's");
        int pytorchCorrect = 0;
        for (int i = 0; i < e.count(); i++) if (Evaluation.argmax(ref, i * 10, 10) == m.test().labels()[i]) pytorchCorrect++;
        assertEquals(pytorchCorrect, e.correct());
        assertTrue(e.accuracy() > 0.7, name + " accuracy " + e.accuracy());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fashion-cnn", "fashion-dws"})
    void countsAreTheLayerFormulas(String name) {
        Model m = ModelReader.builtIn(name);
        Evaluation e = ModelRunner.evaluate(new Model(m.name(), m.description(), 1, 28, 28, m.inputScale(), m.classes(), m.layers(),
                m.test().first(3, 10)), ModelRunner.Progress.NONE);
        long expected = 0;
        int h = 28;
        for (ModelLayer l : m.layers()) {
            if (l instanceof ModelLayer.Conv2d c) {
                expected += (long) h * h * c.outChannels() * c.weights().channelsPerGroup() * c.weights().kernelHeight() * c.weights().kernelWidth();
            } else if (l instanceof ModelLayer.MaxPool p) {
                h = (h - p.kernel()) / p.stride() + 1;
            } else if (l instanceof ModelLayer.AvgPool p) {
                h = (h - p.kernel()) / p.stride() + 1;
                expected += 64L * h * h;
            } else if (l instanceof ModelLayer.Linear li) {
                expected += (long) li.in() * li.out();
            }
        }
        assertEquals(expected, e.multipliesPerImage());
        long params = 0;
        for (ModelLayer l : m.layers()) params += l.parameters();
        assertEquals(params, e.parameters());
    }

    @org.junit.jupiter.api.Test
    void restartingFromKeptActivationsGivesTheSameLogits() {
        Model full = ModelReader.builtIn("fashion-cnn");
        Model m = new Model(full.name(), full.description(), 1, 28, 28, full.inputScale(), full.classes(), full.layers(),
                full.test().first(50, 10));
        Evaluation all = ModelRunner.evaluate(m, ModelRunner.Progress.NONE);
        int at = m.indexOf("conv3");
        ModelRunner.Activations a = ModelRunner.advance(m, ModelRunner.inputs(m), at, ModelRunner.Progress.NONE);
        Evaluation rest = ModelRunner.evaluateFrom(m, a, ModelRunner.Progress.NONE);
        assertEquals(List.of(), diff(all.logits(), rest.logits()));
        assertEquals(all.multipliesPerImage(), rest.multipliesPerImage());
    }

    private static List<Integer> diff(float[] a, float[] b) {
        java.util.List<Integer> d = new java.util.ArrayList<>();
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) d.add(i);
        return d;
    }
}
