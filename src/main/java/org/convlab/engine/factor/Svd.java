package org.convlab.engine.factor;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The compact SVD {@code A = Σ_i s_i·u_i·v_iᵀ} of an m×n matrix, computed in double precision by
 * EJML, singular values descending. Each pair's sign is fixed so that the largest-magnitude entry
 * of {@code u_i} is positive (the first one on a tie): the SVD fixes a pair only up to sign, this
 * makes the factors deterministic.
 */
final class Svd {
    final double[] s;
    /** u[i] is the i-th left singular vector (m values); null when not asked for. */
    final double[][] u;
    /** v[i] is the i-th right singular vector (n values); null when not asked for. */
    final double[][] v;

    private Svd(double[] s, double[][] u, double[][] v) {
        this.s = s;
        this.u = u;
        this.v = v;
    }

    /** Row-major m×n data (not modified). */
    static Svd of(double[] a, int m, int n, boolean needU, boolean needV) {
        DMatrixRMaj mat = new DMatrixRMaj(m, n);
        System.arraycopy(a, 0, mat.data, 0, m * n);
        // signs are fixed on u, so v needs u
        boolean wantU = needU || needV;
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(m, n, wantU, needV, true);
        if (!svd.decompose(mat)) throw new IllegalStateException("SVD did not converge for a " + m + "×" + n + " matrix");
        DMatrixRMaj w = svd.getW(null);
        DMatrixRMaj um = wantU ? svd.getU(null, false) : null;
        DMatrixRMaj vm = needV ? svd.getV(null, false) : null;
        SingularOps_DDRM.descendingOrder(um, false, w, vm, false);
        int k = Math.min(m, n);
        double[] s = new double[k];
        for (int i = 0; i < k; i++) s[i] = w.get(i, i);
        if (!wantU) return new Svd(s, null, null);
        double[][] u = new double[k][m];
        double[][] v = needV ? new double[k][n] : null;
        for (int i = 0; i < k; i++) {
            int big = 0;
            for (int y = 0; y < m; y++) if (Math.abs(um.get(y, i)) > Math.abs(um.get(big, i))) big = y;
            double sign = um.get(big, i) < 0 ? -1 : 1;
            for (int y = 0; y < m; y++) u[i][y] = sign * um.get(y, i);
            if (v != null) for (int x = 0; x < n; x++) v[i][x] = sign * vm.get(x, i);
        }
        return new Svd(s, u, v);
    }

    /** Σ_{i ≥ r} s_i² / Σ_i s_i², the squared relative Frobenius error of the rank-r truncation. */
    static double discardedEnergy(double[] s, int r) {
        double total = 0, rest = 0;
        for (int i = 0; i < s.length; i++) {
            total += s[i] * s[i];
            if (i >= r) rest += s[i] * s[i];
        }
        return total == 0 ? 0 : rest / total;
    }
}
