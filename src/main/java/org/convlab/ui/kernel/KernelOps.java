package org.convlab.ui.kernel;

/** Pure operations on row-major 2D slices (new arrays, inputs untouched). */
public final class KernelOps {
    private KernelOps() { }

    /**
     * Resizes an h×w slice to nh×nw keeping the overlapping values, centred: the centre cell
     * ({@code (h-1)/2, (w-1)/2}) stays the centre cell; new cells are 0.
     */
    public static float[] resize(float[] v, int h, int w, int nh, int nw) {
        float[] out = new float[nh * nw];
        int dy = (nh - 1) / 2 - (h - 1) / 2, dx = (nw - 1) / 2 - (w - 1) / 2;
        for (int y = 0; y < h; y++) {
            int ny = y + dy;
            if (ny < 0 || ny >= nh) continue;
            for (int x = 0; x < w; x++) {
                int nx = x + dx;
                if (nx >= 0 && nx < nw) out[ny * nw + nx] = v[y * w + x];
            }
        }
        return out;
    }

    /** The w×h transpose of an h×w slice. */
    public static float[] transpose(float[] v, int h, int w) {
        float[] out = new float[h * w];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) out[x * h + y] = v[y * w + x];
        return out;
    }

    /** Mirror left–right. */
    public static float[] flipHorizontal(float[] v, int h, int w) {
        float[] out = new float[h * w];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) out[y * w + x] = v[y * w + (w - 1 - x)];
        return out;
    }

    /** Mirror top–bottom. */
    public static float[] flipVertical(float[] v, int h, int w) {
        float[] out = new float[h * w];
        for (int y = 0; y < h; y++) System.arraycopy(v, (h - 1 - y) * w, out, y * w, w);
        return out;
    }

    public static float[] scale(float[] v, double factor) {
        if (!Double.isFinite(factor)) throw new IllegalArgumentException("the scale factor must be a finite number, got " + factor);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] * factor);
        return out;
    }

    /** Sum in double. */
    public static double sum(float[] v) {
        double s = 0;
        for (float f : v) s += f;
        return s;
    }

    public static double l1(float[] v) {
        double s = 0;
        for (float f : v) s += Math.abs(f);
        return s;
    }

    /** How {@link #normalize} treats a kernel. */
    public enum Norm { SUM, L1 }

    /**
     * SUM if the kernel has a clear non-zero sum (|sum| &gt; 1e-6·L1): divide by the sum so the
     * values sum to 1 (blurs keep brightness). Otherwise (zero-sum kernels such as Sobel or
     * Laplacian) L1: divide by Σ|v| so the absolute values sum to 1.
     */
    public static Norm normKind(float[] v) {
        double l1 = l1(v);
        if (l1 == 0) throw new IllegalArgumentException("the kernel is all zeros: nothing to normalize");
        return Math.abs(sum(v)) > 1e-6 * l1 ? Norm.SUM : Norm.L1;
    }

    public static float[] normalize(float[] v) {
        double d = normKind(v) == Norm.SUM ? sum(v) : l1(v);
        return scale(v, 1.0 / d);
    }
}
