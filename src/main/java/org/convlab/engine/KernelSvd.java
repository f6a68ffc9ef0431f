package org.convlab.engine;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The singular value decomposition of one 2D kernel slice K (kH×kW), computed in double
 * precision with EJML: {@code K = Σ_i s_i · u_i · v_iᵀ}, singular values descending.
 *
 * <p>For separable convolution the i-th pair is split evenly: column {@code √s_i · u_i} (kH×1)
 * and row {@code √s_i · v_i} (1×kW), signs chosen so the largest-magnitude entry of the column
 * is positive (a deterministic choice; SVD itself fixes the pair only up to sign).
 * By Eckart–Young, keeping the first r pairs gives the best rank-r approximation, with relative
 * Frobenius error {@code √(Σ_{i≥r} s_i²) / √(Σ_i s_i²)}.
 */
public final class KernelSvd {
    /** Relative error above which a kernel does not count as rank r (float32 kernels). */
    public static final double RANK_TOLERANCE = 1e-6;

    private final int kh;
    private final int kw;
    private final double[] singularValues;
    private final double[][] columns; // [i][kh], scaled by √s_i
    private final double[][] rows;    // [i][kw], scaled by √s_i

    private KernelSvd(int kh, int kw, double[] s, double[][] cols, double[][] rows) {
        this.kh = kh;
        this.kw = kw;
        this.singularValues = s;
        this.columns = cols;
        this.rows = rows;
    }

    /** Decomposes a row-major kH×kW kernel. */
    public static KernelSvd of(float[] kernel, int kh, int kw) {
        if (kernel.length != kh * kw) throw new ShapeException("kernel has " + kernel.length + " values, expected " + kh + "×" + kw);
        DMatrixRMaj k = new DMatrixRMaj(kh, kw);
        for (int i = 0; i < kernel.length; i++) {
            if (!Float.isFinite(kernel[i])) throw new ShapeException("kernel has a non-finite value at row " + (i / kw + 1) + ", column " + (i % kw + 1));
            k.data[i] = kernel[i];
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(kh, kw, true, true, false);
        if (!svd.decompose(k.copy())) throw new IllegalStateException("SVD did not converge for a " + kh + "×" + kw + " kernel");
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj w = svd.getW(null);
        DMatrixRMaj v = svd.getV(null, false);
        SingularOps_DDRM.descendingOrder(u, false, w, v, false);
        int n = Math.min(kh, kw);
        double[] s = new double[n];
        double[][] cols = new double[n][kh];
        double[][] rws = new double[n][kw];
        for (int i = 0; i < n; i++) {
            s[i] = w.get(i, i);
            double root = Math.sqrt(s[i]);
            int big = 0;
            for (int y = 0; y < kh; y++) if (Math.abs(u.get(y, i)) > Math.abs(u.get(big, i))) big = y;
            double sign = u.get(big, i) < 0 ? -1 : 1;
            for (int y = 0; y < kh; y++) cols[i][y] = sign * root * u.get(y, i);
            for (int x = 0; x < kw; x++) rws[i][x] = sign * root * v.get(x, i);
        }
        return new KernelSvd(kh, kw, s, cols, rws);
    }

    public int kernelHeight() { return kh; }
    public int kernelWidth() { return kw; }
    /** Singular values, descending; there are min(kH, kW) of them. */
    public double[] singularValues() { return singularValues.clone(); }
    public int maxRank() { return singularValues.length; }

    /** Column vector of pair i (kH values), scaled by √s_i. */
    public double[] column(int i) { return columns[i].clone(); }
    /** Row vector of pair i (kW values), scaled by √s_i. */
    public double[] row(int i) { return rows[i].clone(); }

    /** ‖K − K_r‖_F / ‖K‖_F; 0 for the zero kernel. */
    public double relativeError(int r) {
        checkRank(r);
        double total = 0, rest = 0;
        for (int i = 0; i < singularValues.length; i++) {
            double q = singularValues[i] * singularValues[i];
            total += q;
            if (i >= r) rest += q;
        }
        return total == 0 ? 0 : Math.sqrt(rest / total);
    }

    /** Smallest r whose rank-r approximation has relative error ≤ {@link #RANK_TOLERANCE}. */
    public int numericalRank() {
        for (int r = 0; r < singularValues.length; r++) {
            if (r == 0 ? singularValues[0] == 0 : relativeError(r) <= RANK_TOLERANCE) return r;
        }
        return singularValues.length;
    }

    public boolean isSeparable() { return numericalRank() <= 1; }

    /** The best rank-r approximation K_r, row-major kH×kW. */
    public float[] approximation(int r) {
        checkRank(r);
        float[] out = new float[kh * kw];
        for (int y = 0; y < kh; y++) {
            for (int x = 0; x < kw; x++) {
                double acc = 0;
                for (int i = 0; i < r; i++) acc += columns[i][y] * rows[i][x];
                out[y * kw + x] = (float) acc;
            }
        }
        return out;
    }

    private void checkRank(int r) {
        if (r < 0 || r > singularValues.length) {
            throw new ShapeException("rank " + r + " is out of range for a " + kh + "×" + kw
                    + " kernel (1 to " + singularValues.length + ")");
        }
    }
}
