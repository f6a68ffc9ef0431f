package org.convlab.engine;

import java.util.List;

/**
 * The outcome of one convolution.
 *
 * @param output        F×H_out×W_out
 * @param intermediate  the depthwise output of depthwise-separable ((m·C)×H_out×W_out), or the
 *                      column-pass intermediates of spatial-separable / low-rank
 *                      ((F·Cg·r)×H_out×W_in, slice order f, c, i) when asked for; else null
 * @param counts        multiplies and additions counted by the loops that did the work
 * @param parameters    weights (as the method stores them: K_h + K_w per separable pair) plus bias
 * @param cost          the closed-form formula for the same operation
 * @param factors       per 2D slice (order f, c) SVD, for spatial-separable and low-rank; else empty
 * @param rank          the rank used (low-rank), 1 for spatial-separable, 0 otherwise
 * @param elapsedNanos  wall time of the computation
 */
public record ConvResult(Method method, Tensor output, Tensor intermediate, Counts counts, long parameters,
                         Cost cost, List<KernelSvd> factors, int rank, long elapsedNanos) {

    /**
     * Relative Frobenius error ‖K − K_r‖/‖K‖ of the whole weight tensor (all slices together;
     * 0 when exact or when the method does not approximate).
     */
    public double relativeError() {
        double total = 0, rest = 0;
        for (KernelSvd k : factors) {
            double[] s = k.singularValues();
            for (int i = 0; i < s.length; i++) {
                total += s[i] * s[i];
                if (i >= rank) rest += s[i] * s[i];
            }
        }
        return total == 0 ? 0 : Math.sqrt(rest / total);
    }
}
