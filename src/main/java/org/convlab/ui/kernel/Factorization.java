package org.convlab.ui.kernel;

import org.convlab.engine.KernelSvd;

/**
 * What the factorization panel shows for one kH×kW slice: singular values, numerical rank,
 * for a rank-1 (separable) kernel its column and row vectors with the check column × row = kernel,
 * and the relative Frobenius error of the best rank-r approximation for r = 1…min(kH, kW).
 *
 * @param column kH values, {@code null} unless the kernel is separable and non-zero
 * @param row kW values, {@code null} unless the kernel is separable and non-zero
 * @param maxAbsDifference max |column[y]·row[x] − K[y][x]| (NaN when not separable)
 * @param errors errors[r-1] = ‖K − K_r‖_F / ‖K‖_F
 */
public record Factorization(int kernelHeight, int kernelWidth, double[] singularValues, int rank,
                            double[] column, double[] row, double maxAbsDifference, double[] errors) {

    /** Absolute tolerance for "column × row = kernel ✓" (float32 kernels). */
    public static final double EXACT_TOLERANCE = 1e-5;

    public static Factorization of(float[] kernel, int kh, int kw) {
        KernelSvd svd = KernelSvd.of(kernel, kh, kw);
        double[] s = svd.singularValues();
        int rank = svd.numericalRank();
        double[] errors = new double[svd.maxRank()];
        for (int r = 1; r <= errors.length; r++) errors[r - 1] = svd.relativeError(r);
        double[] col = null, row = null;
        double diff = Double.NaN;
        if (rank == 1) {
            col = svd.column(0);
            row = svd.row(0);
            diff = 0;
            for (int y = 0; y < kh; y++) {
                for (int x = 0; x < kw; x++) diff = Math.max(diff, Math.abs(col[y] * row[x] - kernel[y * kw + x]));
            }
        }
        return new Factorization(kh, kw, s, rank, col, row, diff, errors);
    }

    public boolean separable() { return column != null; }

    /**
     * For a separable kernel whose column and row are multiples of small integers (Sobel,
     * Prewitt, box…), the friendly form such as {@code [1 2 1]ᵀ × [-1 0 1]}; otherwise null.
     * The column is divided by its smallest non-zero |entry| and the row multiplied by it.
     */
    public String integerForm() {
        if (!separable()) return null;
        double unit = Double.MAX_VALUE;
        for (double c : column) if (Math.abs(c) > 1e-9) unit = Math.min(unit, Math.abs(c));
        if (unit == Double.MAX_VALUE) return null;
        String col = ints(column, 1 / unit), row2 = ints(row, unit);
        return col == null || row2 == null ? null : "[" + col + "]ᵀ × [" + row2 + "]";
    }

    private static String ints(double[] v, double f) {
        StringBuilder sb = new StringBuilder();
        for (double d : v) {
            double x = d * f;
            long r = Math.round(x);
            if (Math.abs(x - r) > 1e-4 * Math.max(1, Math.abs(x)) || Math.abs(r) > 999) return null;
            if (sb.length() > 0) sb.append(' ');
            sb.append(r);
        }
        return sb.toString();
    }

    /** True when the check column × row = kernel holds to {@link #EXACT_TOLERANCE} (times the kernel's scale). */
    public boolean exact() {
        double scale = singularValues.length == 0 ? 1 : Math.max(1, singularValues[0]);
        return separable() && maxAbsDifference <= EXACT_TOLERANCE * scale;
    }

    /** Multiplies per output pixel of the rank-r separable form (r·(kH + kW)) against the full kH·kW. */
    public int separableMultiplies(int r) { return r * (kernelHeight + kernelWidth); }
}
