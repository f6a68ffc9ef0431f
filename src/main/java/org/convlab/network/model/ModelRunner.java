package org.convlab.network.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.convlab.engine.ConvRequest;
import org.convlab.engine.ConvResult;
import org.convlab.engine.Convolutions;
import org.convlab.engine.Counts;
import org.convlab.engine.Method;
import org.convlab.engine.Tensor;

/**
 * Runs a {@link Model} on its test subset: every convolution on the engine's fast path
 * ({@link Convolutions#run}, which counts its multiplies), the other layers in {@link LayerOps}.
 *
 * <p>The activations entering a layer can be kept ({@link #activations}) and reused, so trying
 * many factorizations of one layer runs the layers before it only once.
 */
public final class ModelRunner {
    private ModelRunner() { }

    /** Progress and cancellation, polled once per image. */
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void report(int done, int total);

        default boolean cancelled() { return false; }
    }

    /** The activations of every test image entering layer {@code index}, and what the layers before it cost. */
    public record Activations(int index, List<Tensor> tensors, List<Evaluation.LayerCount> counts) {
        public Activations {
            tensors = List.copyOf(tensors);
            counts = List.copyOf(counts);
        }
    }

    /** The test images, scaled, as 1×H×W tensors (layer 0's input). */
    public static Activations inputs(Model m) {
        TestSet t = m.test();
        int plane = t.height() * t.width();
        List<Tensor> xs = new ArrayList<>(t.count());
        for (int i = 0; i < t.count(); i++) {
            float[] d = new float[plane];
            for (int j = 0; j < plane; j++) d[j] = t.pixels()[i * plane + j] * m.inputScale();
            xs.add(new Tensor(1, t.height(), t.width(), d));
        }
        return new Activations(0, xs, List.of());
    }

    /** Runs layers [from.index, upTo) of {@code m} on {@code from}'s tensors. */
    public static Activations advance(Model m, Activations from, int upTo, Progress progress) {
        int n = from.tensors().size();
        List<Tensor> out = new ArrayList<>(n);
        List<Counts> counts = null;
        for (int i = 0; i < n; i++) {
            if (progress.cancelled()) throw new CancellationException("evaluation cancelled");
            List<Counts> c = new ArrayList<>();
            out.add(run(m.layers(), from.index(), upTo, from.tensors().get(i), c));
            if (counts == null) counts = c;
            progress.report(i + 1, n);
        }
        List<Evaluation.LayerCount> rows = new ArrayList<>(from.counts());
        if (counts != null) {
            for (int k = 0; k < counts.size(); k++) {
                ModelLayer l = m.layers().get(from.index() + k);
                Counts c = counts.get(k);
                if (c.multiplies() == 0 && l.parameters() == 0) continue;
                rows.add(new Evaluation.LayerCount(name(l, from.index() + k), origin(l, from.index() + k), l.describe(),
                        c.multiplies(), c.additions(), l.parameters()));
            }
        }
        return new Activations(upTo, out, rows);
    }

    /** Runs the whole model on its test subset. */
    public static Evaluation evaluate(Model m, Progress progress) {
        return finish(m, advance(m, inputs(m), m.layers().size(), progress));
    }

    /** Runs the rest of the model from activations that entered layer {@code from.index()}. */
    public static Evaluation evaluateFrom(Model m, Activations from, Progress progress) {
        return finish(m, advance(m, from, m.layers().size(), progress));
    }

    private static Evaluation finish(Model m, Activations last) {
        int n = last.tensors().size(), k = m.classes().size();
        float[] logits = new float[n * k];
        int[] pred = new int[n];
        int correct = 0;
        for (int i = 0; i < n; i++) {
            float[] v = last.tensors().get(i).data();
            if (v.length != k) {
                throw new IllegalArgumentException("model " + m.name() + " ends with " + v.length + " values, not one per class ("
                        + k + ")");
            }
            System.arraycopy(v, 0, logits, i * k, k);
            pred[i] = Evaluation.argmax(v, 0, k);
            if (pred[i] == m.test().labels()[i]) correct++;
        }
        return new Evaluation(n, k, logits, pred, correct, last.counts(), m.parameters());
    }

    /** Runs layers [from, to) on one tensor, appending each layer's counts. */
    static Tensor run(List<ModelLayer> layers, int from, int to, Tensor x, List<Counts> counts) {
        for (int i = from; i < to; i++) {
            Counts c = new Counts();
            x = apply(layers.get(i), x, c);
            counts.add(c);
        }
        return x;
    }

    static Tensor apply(ModelLayer layer, Tensor x, Counts c) {
        if (layer instanceof ModelLayer.Conv2d conv) {
            if (x.channels() != conv.inChannels()) {
                throw new IllegalArgumentException(conv.name() + " expects " + conv.inChannels() + " channels, got "
                        + x.shapeString());
            }
            ConvResult r = Convolutions.run(new ConvRequest(Method.STANDARD, x, conv.weights(), null, conv.bias(),
                    conv.spec(), 1, false));
            c.add(r.counts());
            return r.output();
        }
        if (layer instanceof ModelLayer.Relu) return LayerOps.relu(x);
        if (layer instanceof ModelLayer.MaxPool p) return LayerOps.maxPool(x, p.kernel(), p.stride());
        if (layer instanceof ModelLayer.AvgPool p) return LayerOps.avgPool(x, p.kernel(), p.stride(), c);
        if (layer instanceof ModelLayer.GlobalAvgPool) return LayerOps.globalAvgPool(x, c);
        if (layer instanceof ModelLayer.Flatten) return LayerOps.flatten(x);
        if (layer instanceof ModelLayer.Linear l) return LayerOps.linear(x, l, c);
        throw new IllegalArgumentException("unknown layer " + layer);
    }

    private static String name(ModelLayer l, int index) {
        if (l instanceof ModelLayer.Conv2d c) return c.name();
        if (l instanceof ModelLayer.Linear li) return li.name();
        return l.describe().split(" ")[0] + "#" + index;
    }

    private static String origin(ModelLayer l, int index) {
        if (l instanceof ModelLayer.Conv2d c) return c.origin();
        return name(l, index);
    }
}
