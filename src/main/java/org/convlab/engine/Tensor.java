package org.convlab.engine;

import java.util.Arrays;

/**
 * A float32 tensor of shape C×H×W (channels, height, width).
 *
 * <p>Layout: one flat {@code float[]} in C order (row-major), so element (c, y, x) lives at
 * index {@code (c * H + y) * W + x}. Rows are contiguous, which is what the fast convolution
 * loops run along. The array is exposed ({@link #data()}) so that engine loops can work on it
 * without copies; callers that hand a tensor to the engine must not mutate it concurrently.
 */
public final class Tensor {
    private final int channels;
    private final int height;
    private final int width;
    private final float[] data;

    public Tensor(int channels, int height, int width) {
        this(channels, height, width, new float[checkedSize(channels, height, width)]);
    }

    public Tensor(int channels, int height, int width, float[] data) {
        int n = checkedSize(channels, height, width);
        if (data.length != n) {
            throw new ShapeException("tensor data has " + data.length + " values but shape "
                    + channels + "×" + height + "×" + width + " needs " + n);
        }
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.data = data;
    }

    private static int checkedSize(int c, int h, int w) {
        if (c <= 0 || h <= 0 || w <= 0) {
            throw new ShapeException("tensor shape must be positive, got " + c + "×" + h + "×" + w);
        }
        long n = (long) c * h * w;
        if (n > Integer.MAX_VALUE - 8) {
            throw new ShapeException("tensor " + c + "×" + h + "×" + w + " is too large (" + n + " values)");
        }
        return (int) n;
    }

    public int channels() { return channels; }
    public int height() { return height; }
    public int width() { return width; }
    public int size() { return data.length; }
    /** The backing array, layout {@code (c * H + y) * W + x}. */
    public float[] data() { return data; }

    public int index(int c, int y, int x) { return (c * height + y) * width + x; }
    public float get(int c, int y, int x) { return data[index(c, y, x)]; }
    public void set(int c, int y, int x, float v) { data[index(c, y, x)] = v; }

    public boolean sameShape(Tensor o) {
        return channels == o.channels && height == o.height && width == o.width;
    }

    public String shapeString() { return channels + "×" + height + "×" + width; }

    public Tensor copy() { return new Tensor(channels, height, width, data.clone()); }

    /** One channel as a new 1×H×W tensor. */
    public Tensor channel(int c) {
        float[] out = Arrays.copyOfRange(data, c * height * width, (c + 1) * height * width);
        return new Tensor(1, height, width, out);
    }

    /** Index of the first NaN or infinite value, or -1 if all are finite. */
    public int firstNonFinite() {
        for (int i = 0; i < data.length; i++) {
            if (!Float.isFinite(data[i])) return i;
        }
        return -1;
    }

    /** Largest absolute element-wise difference; shapes must match. */
    public float maxAbsDiff(Tensor o) {
        if (!sameShape(o)) throw new ShapeException("shapes differ: " + shapeString() + " vs " + o.shapeString());
        float m = 0;
        for (int i = 0; i < data.length; i++) m = Math.max(m, Math.abs(data[i] - o.data[i]));
        return m;
    }

    @Override public String toString() { return "Tensor[" + shapeString() + "]"; }
}
