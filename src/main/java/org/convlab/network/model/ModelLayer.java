package org.convlab.network.model;

import org.convlab.engine.ConvSpec;
import org.convlab.engine.Weights;

/**
 * One layer of a trained network (format in docs/MODELS.md). Convolutions run on the engine;
 * the rest is plain Java in {@link LayerOps}.
 */
public sealed interface ModelLayer {

    /** What the layer is, for tables: {@code conv2d 16→32 3×3}, {@code relu}, ... */
    String describe();

    /** Learned values (weights and bias) this layer stores. */
    default long parameters() { return 0; }

    /**
     * A convolution, PyTorch's {@code conv2d}. {@code origin} is the name of the trained layer it
     * came from (itself, or the layer a factorization replaced).
     */
    record Conv2d(String name, String origin, Weights weights, float[] bias, ConvSpec spec) implements ModelLayer {
        public int inChannels() { return weights.channelsPerGroup() * spec.groups(); }
        public int outChannels() { return weights.filters(); }

        @Override public String describe() {
            String g = spec.groups() == 1 ? "" : spec.groups() == inChannels() && spec.groups() == outChannels()
                    ? " depthwise" : " groups " + spec.groups();
            return "conv2d " + inChannels() + "→" + outChannels() + " " + weights.kernelHeight() + "×"
                    + weights.kernelWidth() + g;
        }

        @Override public long parameters() { return weights.size() + (bias == null ? 0 : bias.length); }
    }

    record Relu() implements ModelLayer {
        @Override public String describe() { return "relu"; }
    }

    record MaxPool(int kernel, int stride) implements ModelLayer {
        @Override public String describe() { return "maxpool " + kernel + "×" + kernel + " stride " + stride; }
    }

    record AvgPool(int kernel, int stride) implements ModelLayer {
        @Override public String describe() { return "avgpool " + kernel + "×" + kernel + " stride " + stride; }
    }

    record GlobalAvgPool() implements ModelLayer {
        @Override public String describe() { return "global average pool"; }
    }

    record Flatten() implements ModelLayer {
        @Override public String describe() { return "flatten"; }
    }

    /** {@code y = W x + b}, W out×in (PyTorch's {@code Linear.weight}). */
    record Linear(String name, int in, int out, float[] weight, float[] bias) implements ModelLayer {
        public Linear {
            if (weight.length != (long) in * out) {
                throw new IllegalArgumentException("linear " + name + ": weight has " + weight.length + " values, "
                        + out + "×" + in + " expected");
            }
            if (bias != null && bias.length != out) {
                throw new IllegalArgumentException("linear " + name + ": bias has " + bias.length + " values, " + out + " expected");
            }
        }

        @Override public String describe() { return "linear " + in + "→" + out; }
        @Override public long parameters() { return weight.length + (bias == null ? 0 : bias.length); }
    }
}
