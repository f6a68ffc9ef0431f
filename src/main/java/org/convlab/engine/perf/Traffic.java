package org.convlab.engine.perf;

import org.convlab.engine.ConvRequest;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Method;

/**
 * Bytes a convolution moves, by the simplest honest rule (the roofline's "compulsory traffic"):
 * every float32 value of the input, the weights (pointwise weights and bias included) and the
 * output is read or written <em>once</em>, 4 bytes each; a two-stage method (depthwise-separable,
 * spatial-separable, low-rank) also writes its intermediate once and reads it back once.
 *
 * <p>This is a lower bound on real traffic: caches that are too small make a kernel re-read
 * inputs, and padding buffers are not counted. Arithmetic intensity = multiplies / these bytes.
 */
public final class Traffic {
    private Traffic() { }

    /** Bytes per float32 value. */
    public static final int FLOAT = 4;

    /** Bytes moved by {@code r}, per the rule above. */
    public static long bytes(ConvRequest r) {
        long in = r.input().size();
        long w = r.weights().size() + (r.pointwise() == null ? 0 : r.pointwise().size())
                + (r.bias() == null ? 0 : r.bias().length);
        int c = r.input().channels(), h = r.input().height(), wd = r.input().width();
        int kh = r.weights().kernelHeight(), kw = r.weights().kernelWidth();
        ConvSpec spec = r.method() == Method.DEPTHWISE || r.method() == Method.DEPTHWISE_SEPARABLE
                ? r.spec().withGroups(c) : r.spec();
        ConvSpec.Geometry g = spec.geometry(h, wd, kh, kw);
        long plane = (long) g.outH() * g.outW();
        int filters = r.weights().filters();
        long out, mid = 0;
        switch (r.method()) {
            case DEPTHWISE_SEPARABLE -> {
                mid = filters * plane;
                out = (long) r.pointwise().filters() * plane;
            }
            case SPATIAL_SEPARABLE, LOW_RANK -> {
                int rank = r.method() == Method.LOW_RANK ? r.rank() : 1;
                mid = (long) filters * r.weights().channelsPerGroup() * rank * g.outH() * wd;
                out = filters * plane;
            }
            default -> out = filters * plane;
        }
        return FLOAT * (in + w + out + 2 * mid);
    }

    /** Multiplies per byte moved. */
    public static double intensity(long multiplies, long bytes) {
        if (bytes <= 0) throw new IllegalArgumentException("bytes must be > 0");
        return (double) multiplies / bytes;
    }
}
