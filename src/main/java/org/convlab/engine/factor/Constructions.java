package org.convlab.engine.factor;

import java.util.List;
import org.convlab.engine.Weights;

/**
 * The stage weights of each scheme from SVDs of unfoldings of W (F×C×kH×kW, index
 * {@code ((f·C + c)·kH + y)·kW + x}), and the kernel they reconstruct, in double precision.
 * For the SVD schemes the singular value of each pair is split evenly, √s_i into each stage.
 */
final class Constructions {
    /** Stage weights in run order and the reconstructed kernel (same layout as W). */
    record Built(List<Weights> weights, double[] reconstructed) { }

    private Constructions() { }

    static double[] toDouble(float[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) d[i] = a[i];
        return d;
    }

    /** The mode-1 (input-channel) unfolding C×(F·kH·kW): row c, column f·kH·kW + q. */
    static double[] inputUnfolding(Weights w) {
        int f = w.filters(), c = w.channelsPerGroup(), p = w.kernelHeight() * w.kernelWidth();
        float[] d = w.data();
        double[] a = new double[c * f * p];
        for (int fi = 0; fi < f; fi++) {
            for (int ci = 0; ci < c; ci++) {
                for (int q = 0; q < p; q++) a[(ci * f + fi) * p + q] = d[(fi * c + ci) * p + q];
            }
        }
        return a;
    }

    /** Jaderberg's (C·kH)×(kW·F) matrix: row c·kH + y, column x·F + f. */
    static double[] spatialUnfolding(Weights w) {
        int f = w.filters(), c = w.channelsPerGroup(), kh = w.kernelHeight(), kw = w.kernelWidth();
        float[] d = w.data();
        int cols = kw * f;
        double[] a = new double[c * kh * cols];
        for (int fi = 0; fi < f; fi++) {
            for (int ci = 0; ci < c; ci++) {
                for (int y = 0; y < kh; y++) {
                    for (int x = 0; x < kw; x++) a[(ci * kh + y) * cols + x * f + fi] = d[((fi * c + ci) * kh + y) * kw + x];
                }
            }
        }
        return a;
    }

    /** The F×(kH·kW) matrix of W[:, c]: row f, column q = y·kW + x. */
    static double[] channelMatrix(Weights w, int c) {
        int f = w.filters(), cn = w.channelsPerGroup(), p = w.kernelHeight() * w.kernelWidth();
        double[] a = new double[f * p];
        for (int fi = 0; fi < f; fi++) {
            for (int q = 0; q < p; q++) a[fi * p + q] = w.data()[(fi * cn + c) * p + q];
        }
        return a;
    }

    static Built filterSvd(Weights w, int r) {
        int f = w.filters(), c = w.channelsPerGroup(), kh = w.kernelHeight(), kw = w.kernelWidth();
        int n = c * kh * kw;
        Svd d = Svd.of(toDouble(w.data()), f, n, true, true);
        float[] basis = new float[r * n];
        float[] combine = new float[f * r];
        double[] recon = new double[f * n];
        for (int i = 0; i < r; i++) {
            double root = Math.sqrt(d.s[i]);
            for (int j = 0; j < n; j++) basis[i * n + j] = (float) (root * d.v[i][j]);
            for (int fi = 0; fi < f; fi++) {
                combine[fi * r + i] = (float) (root * d.u[i][fi]);
                double coef = d.s[i] * d.u[i][fi];
                for (int j = 0; j < n; j++) recon[fi * n + j] += coef * d.v[i][j];
            }
        }
        return new Built(List.of(new Weights(r, c, kh, kw, basis), new Weights(f, r, 1, 1, combine)), recon);
    }

    static Built spatialSvd(Weights w, int r) {
        int f = w.filters(), c = w.channelsPerGroup(), kh = w.kernelHeight(), kw = w.kernelWidth();
        int rows = c * kh, cols = kw * f;
        Svd d = Svd.of(spatialUnfolding(w), rows, cols, true, true);
        float[] vertical = new float[r * rows];
        float[] horizontal = new float[f * r * kw];
        double[] recon = new double[w.size()];
        for (int i = 0; i < r; i++) {
            double root = Math.sqrt(d.s[i]);
            for (int j = 0; j < rows; j++) vertical[i * rows + j] = (float) (root * d.u[i][j]);
            for (int x = 0; x < kw; x++) {
                for (int fi = 0; fi < f; fi++) horizontal[(fi * r + i) * kw + x] = (float) (root * d.v[i][x * f + fi]);
            }
            for (int fi = 0; fi < f; fi++) {
                for (int ci = 0; ci < c; ci++) {
                    for (int y = 0; y < kh; y++) {
                        double coef = d.s[i] * d.u[i][ci * kh + y];
                        int base = ((fi * c + ci) * kh + y) * kw;
                        for (int x = 0; x < kw; x++) recon[base + x] += coef * d.v[i][x * f + fi];
                    }
                }
            }
        }
        return new Built(List.of(new Weights(r, c, kh, 1, vertical), new Weights(f, r, 1, kw, horizontal)), recon);
    }

    static Built depthwiseSeparable(Weights w, int m) {
        int f = w.filters(), c = w.channelsPerGroup(), kh = w.kernelHeight(), kw = w.kernelWidth();
        int p = kh * kw, mc = m * c;
        float[] depthwise = new float[mc * p];
        float[] pointwise = new float[f * mc];
        double[] recon = new double[w.size()];
        for (int ci = 0; ci < c; ci++) {
            Svd d = Svd.of(channelMatrix(w, ci), f, p, true, true);
            for (int j = 0; j < m; j++) {
                double root = Math.sqrt(d.s[j]);
                int ch = ci * m + j;
                for (int q = 0; q < p; q++) depthwise[ch * p + q] = (float) (root * d.v[j][q]);
                for (int fi = 0; fi < f; fi++) {
                    pointwise[fi * mc + ch] = (float) (root * d.u[j][fi]);
                    double coef = d.s[j] * d.u[j][fi];
                    int base = (fi * c + ci) * p;
                    for (int q = 0; q < p; q++) recon[base + q] += coef * d.v[j][q];
                }
            }
        }
        return new Built(List.of(new Weights(mc, 1, kh, kw, depthwise), new Weights(f, mc, 1, 1, pointwise)), recon);
    }

    /**
     * Truncated HOSVD of the two channel modes: U_out (F×R_out) and U_in (C×R_in) are the leading
     * left singular vectors of the output- and input-channel unfoldings; the core is
     * G = W ×_F U_outᵀ ×_C U_inᵀ (R_out×R_in×kH×kW) and W ≈ G ×_F U_out ×_C U_in.
     */
    static Built tucker2(Weights w, int rIn, int rOut) {
        int f = w.filters(), c = w.channelsPerGroup(), kh = w.kernelHeight(), kw = w.kernelWidth();
        int p = kh * kw;
        double[][] uOut = Svd.of(toDouble(w.data()), f, c * p, true, false).u;
        double[][] uIn = Svd.of(inputUnfolding(w), c, f * p, true, false).u;
        float[] data = w.data();
        double[] t = new double[f * rIn * p]; // W ×_C U_inᵀ: [f][i][q]
        for (int fi = 0; fi < f; fi++) {
            for (int i = 0; i < rIn; i++) {
                for (int ci = 0; ci < c; ci++) {
                    double coef = uIn[i][ci];
                    int src = (fi * c + ci) * p, dst = (fi * rIn + i) * p;
                    for (int q = 0; q < p; q++) t[dst + q] += coef * data[src + q];
                }
            }
        }
        double[] g = new double[rOut * rIn * p]; // [o][i][q]
        for (int o = 0; o < rOut; o++) {
            for (int fi = 0; fi < f; fi++) {
                double coef = uOut[o][fi];
                for (int k = 0; k < rIn * p; k++) g[o * rIn * p + k] += coef * t[fi * rIn * p + k];
            }
        }
        double[] back = new double[f * rIn * p]; // G ×_F U_out: [f][i][q]
        for (int fi = 0; fi < f; fi++) {
            for (int o = 0; o < rOut; o++) {
                double coef = uOut[o][fi];
                for (int k = 0; k < rIn * p; k++) back[fi * rIn * p + k] += coef * g[o * rIn * p + k];
            }
        }
        double[] recon = new double[w.size()];
        for (int fi = 0; fi < f; fi++) {
            for (int ci = 0; ci < c; ci++) {
                int dst = (fi * c + ci) * p;
                for (int i = 0; i < rIn; i++) {
                    double coef = uIn[i][ci];
                    int src = (fi * rIn + i) * p;
                    for (int q = 0; q < p; q++) recon[dst + q] += coef * back[src + q];
                }
            }
        }
        float[] reduce = new float[rIn * c];
        for (int i = 0; i < rIn; i++) for (int ci = 0; ci < c; ci++) reduce[i * c + ci] = (float) uIn[i][ci];
        float[] core = new float[g.length];
        for (int k = 0; k < g.length; k++) core[k] = (float) g[k];
        float[] restore = new float[f * rOut];
        for (int fi = 0; fi < f; fi++) for (int o = 0; o < rOut; o++) restore[fi * rOut + o] = (float) uOut[o][fi];
        return new Built(List.of(new Weights(rIn, c, 1, 1, reduce), new Weights(rOut, rIn, kh, kw, core),
                new Weights(f, rOut, 1, 1, restore)), recon);
    }
}
