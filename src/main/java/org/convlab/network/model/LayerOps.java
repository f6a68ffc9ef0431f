package org.convlab.network.model;

import org.convlab.engine.Counts;
import org.convlab.engine.Tensor;

/**
 * The non-convolution layers in plain Java, following PyTorch: ReLU, max and average pooling
 * (no padding, floor output size, average over the k×k window), global average pooling, flatten
 * and linear. Multiplies are counted where the layer multiplies: one per weight for linear, one
 * per output for the average pools (the sum times 1/k²).
 */
public final class LayerOps {
    private LayerOps() { }

    public static Tensor relu(Tensor in) {
        float[] s = in.data(), d = new float[s.length];
        for (int i = 0; i < s.length; i++) d[i] = s[i] > 0 ? s[i] : 0f;
        return new Tensor(in.channels(), in.height(), in.width(), d);
    }

    public static Tensor maxPool(Tensor in, int k, int stride) {
        return pool(in, k, stride, true, null);
    }

    public static Tensor avgPool(Tensor in, int k, int stride, Counts counts) {
        return pool(in, k, stride, false, counts);
    }

    private static Tensor pool(Tensor in, int k, int stride, boolean max, Counts counts) {
        int c = in.channels(), h = in.height(), w = in.width();
        int oh = (h - k) / stride + 1, ow = (w - k) / stride + 1;
        if (h < k || w < k || k < 1 || stride < 1) {
            throw new IllegalArgumentException((max ? "maxpool " : "avgpool ") + k + "×" + k + " does not fit a "
                    + in.shapeString() + " input");
        }
        float[] s = in.data(), d = new float[c * oh * ow];
        float inv = 1f / (k * k);
        int o = 0;
        for (int ch = 0; ch < c; ch++) {
            for (int y = 0; y < oh; y++) {
                for (int x = 0; x < ow; x++) {
                    float acc = max ? Float.NEGATIVE_INFINITY : 0f;
                    for (int dy = 0; dy < k; dy++) {
                        int row = (ch * h + y * stride + dy) * w + x * stride;
                        for (int dx = 0; dx < k; dx++) {
                            float v = s[row + dx];
                            acc = max ? Math.max(acc, v) : acc + v;
                        }
                    }
                    d[o++] = max ? acc : acc * inv;
                }
            }
        }
        if (!max && counts != null) {
            counts.addMultiplies(d.length);
            counts.addAdditions((long) d.length * (k * k - 1));
        }
        return new Tensor(c, oh, ow, d);
    }

    public static Tensor globalAvgPool(Tensor in, Counts counts) {
        int c = in.channels(), n = in.height() * in.width();
        float[] s = in.data(), d = new float[c];
        for (int ch = 0; ch < c; ch++) {
            float acc = 0;
            for (int i = 0; i < n; i++) acc += s[ch * n + i];
            d[ch] = acc / n;
        }
        counts.addMultiplies(c);
        counts.addAdditions((long) c * (n - 1));
        return new Tensor(c, 1, 1, d);
    }

    /** C×H×W → (C·H·W)×1×1 in C order, as PyTorch's {@code flatten(1)}: the data does not move. */
    public static Tensor flatten(Tensor in) {
        return new Tensor(in.size(), 1, 1, in.data());
    }

    public static Tensor linear(Tensor in, ModelLayer.Linear l, Counts counts) {
        if (in.size() != l.in()) {
            throw new IllegalArgumentException("linear " + l.name() + " expects " + l.in() + " inputs, got "
                    + in.shapeString() + " = " + in.size());
        }
        float[] x = in.data(), w = l.weight(), d = new float[l.out()];
        for (int o = 0; o < l.out(); o++) {
            float acc = 0;
            int base = o * l.in();
            for (int i = 0; i < l.in(); i++) acc += w[base + i] * x[i];
            d[o] = acc + (l.bias() == null ? 0f : l.bias()[o]);
        }
        counts.addMultiplies((long) l.out() * l.in());
        counts.addAdditions((long) l.out() * (l.in() - 1) + (l.bias() == null ? 0 : l.out()));
        return new Tensor(l.out(), 1, 1, d);
    }
}
