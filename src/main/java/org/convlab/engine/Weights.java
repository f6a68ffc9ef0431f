package org.convlab.engine;

/**
 * Convolution weights of shape F×Cg×kH×kW (PyTorch's conv2d layout): F filters, each seeing
 * Cg = C/groups input channels through a kH×kW window.
 *
 * <p>Layout: one flat {@code float[]} in C order; element (f, c, y, x) lives at
 * {@code ((f * Cg + c) * kH + y) * kW + x}.
 */
public final class Weights {
    private final int filters;
    private final int channelsPerGroup;
    private final int kernelHeight;
    private final int kernelWidth;
    private final float[] data;

    public Weights(int filters, int channelsPerGroup, int kernelHeight, int kernelWidth) {
        this(filters, channelsPerGroup, kernelHeight, kernelWidth,
                new float[size(filters, channelsPerGroup, kernelHeight, kernelWidth)]);
    }

    public Weights(int filters, int channelsPerGroup, int kernelHeight, int kernelWidth, float[] data) {
        int n = size(filters, channelsPerGroup, kernelHeight, kernelWidth);
        if (data.length != n) {
            throw new ShapeException("weights data has " + data.length + " values but shape "
                    + filters + "×" + channelsPerGroup + "×" + kernelHeight + "×" + kernelWidth + " needs " + n);
        }
        this.filters = filters;
        this.channelsPerGroup = channelsPerGroup;
        this.kernelHeight = kernelHeight;
        this.kernelWidth = kernelWidth;
        this.data = data;
    }

    private static int size(int f, int c, int kh, int kw) {
        if (f <= 0 || c <= 0 || kh <= 0 || kw <= 0) {
            throw new ShapeException("weights shape must be positive, got " + f + "×" + c + "×" + kh + "×" + kw);
        }
        long n = (long) f * c * kh * kw;
        if (n > Integer.MAX_VALUE - 8) throw new ShapeException("weights are too large (" + n + " values)");
        return (int) n;
    }

    /** A single-filter, single-channel kernel from rows of numbers (all rows the same length). */
    public static Weights of2d(float[][] rows) {
        int kh = rows.length;
        if (kh == 0) throw new ShapeException("kernel has no rows");
        int kw = rows[0].length;
        float[] d = new float[kh * kw];
        for (int y = 0; y < kh; y++) {
            if (rows[y].length != kw) {
                throw new ShapeException("kernel row " + (y + 1) + " has " + rows[y].length + " values, expected " + kw);
            }
            System.arraycopy(rows[y], 0, d, y * kw, kw);
        }
        return new Weights(1, 1, kh, kw, d);
    }

    public int filters() { return filters; }
    public int channelsPerGroup() { return channelsPerGroup; }
    public int kernelHeight() { return kernelHeight; }
    public int kernelWidth() { return kernelWidth; }
    public float[] data() { return data; }
    public int size() { return data.length; }

    public int index(int f, int c, int y, int x) {
        return ((f * channelsPerGroup + c) * kernelHeight + y) * kernelWidth + x;
    }
    public float get(int f, int c, int y, int x) { return data[index(f, c, y, x)]; }
    public void set(int f, int c, int y, int x, float v) { data[index(f, c, y, x)] = v; }

    /** The kH×kW slice (f, c) as a new row-major array. */
    public float[] slice(int f, int c) {
        float[] out = new float[kernelHeight * kernelWidth];
        System.arraycopy(data, index(f, c, 0, 0), out, 0, out.length);
        return out;
    }

    public String shapeString() {
        return filters + "×" + channelsPerGroup + "×" + kernelHeight + "×" + kernelWidth;
    }

    public Weights copy() {
        return new Weights(filters, channelsPerGroup, kernelHeight, kernelWidth, data.clone());
    }

    public int firstNonFinite() {
        for (int i = 0; i < data.length; i++) if (!Float.isFinite(data[i])) return i;
        return -1;
    }

    @Override public String toString() { return "Weights[" + shapeString() + "]"; }
}
