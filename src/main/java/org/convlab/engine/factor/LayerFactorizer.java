package org.convlab.engine.factor;

import java.util.ArrayList;
import java.util.List;
import org.convlab.engine.ConvRequest;
import org.convlab.engine.ConvResult;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Convolutions;
import org.convlab.engine.CostModel;
import org.convlab.engine.Counts;
import org.convlab.engine.Method;
import org.convlab.engine.ShapeException;
import org.convlab.engine.Tensor;
import org.convlab.engine.Weights;

/**
 * Reduced-rank factorizations of a whole F×C×kH×kW layer (groups 1), each run as a chain of
 * ordinary convolutions through {@link Convolutions}:
 * <ul>
 *   <li>{@code filter-svd} (Denton et al. 2014; Zhang et al. 2016): W as an F×(C·kH·kW) matrix
 *       at rank r; {@code basis} r×C×kH×kW with the layer's stride, padding and dilation, then
 *       {@code combine} F×r×1×1.</li>
 *   <li>{@code spatial-svd} (Jaderberg et al. 2014, scheme 2): W as a (C·kH)×(kW·F) matrix at rank
 *       r; {@code vertical} r×C×kH×1 with stride (sH, 1), padding (pH, 0), dilation (dH, 1),
 *       then {@code horizontal} F×r×1×kW with stride (1, sW), padding (0, pW), dilation (1, dW).
 *       The vertical stage keeps the full input width and pads nothing horizontally: the
 *       horizontal stage pads and strides exactly where the layer does.</li>
 *   <li>{@code depthwise-separable}: for every input channel c, the F×(kH·kW) matrix of W[:, c]
 *       at rank m; {@code depthwise} (m·C)×1×kH×kW with groups C (output channel c·m + j is pair
 *       j of channel c), then {@code pointwise} F×(m·C)×1×1. At m = 1 this is the best
 *       depthwise-separable approximation of the layer.</li>
 *   <li>{@code tucker2} (Kim et al. 2016), truncated HOSVD of the channel modes: {@code reduce}
 *       R_in×C×1×1, {@code core} R_out×R_in×kH×kW with the layer's settings, {@code restore}
 *       F×R_out×1×1.</li>
 * </ul>
 * The three SVD schemes keep the leading singular pairs of their unfolding, so by Eckart–Young
 * their relative error is the optimum √(Σ discarded s_i² / Σ s_i²) for that unfolding. Truncated
 * HOSVD is not optimal in general (its error is measured, not derived). Every decomposition is
 * EJML's SVD in double precision.
 */
public final class LayerFactorizer {
    private LayerFactorizer() { }

    /**
     * Factors {@code w} (F×C×kH×kW, a layer run with {@code layerSpec}, groups 1) at rank
     * {@code rank}; for tucker2 {@code rank} is R_in and {@code rank2} R_out (≤ 0: the same as
     * {@code rank}); the other schemes ignore {@code rank2}.
     *
     * @throws ShapeException for a grouped layer, non-finite weights or a rank out of range
     */
    public static LayerFactorization factor(Weights w, ConvSpec layerSpec, Scheme s, int rank, int rank2) {
        check(w, layerSpec, s);
        int[] max = maxRanks(w, s);
        int r2 = s == Scheme.TUCKER2 ? (rank2 <= 0 ? rank : rank2) : 0;
        checkRank(w, s, rank, max[0], s == Scheme.TUCKER2 ? "R_in" : "rank");
        if (s == Scheme.TUCKER2) checkRank(w, s, r2, max[1], "R_out");
        Constructions.Built b = switch (s) {
            case FILTER_SVD -> Constructions.filterSvd(w, rank);
            case SPATIAL_SVD -> Constructions.spatialSvd(w, rank);
            case DEPTHWISE_SEPARABLE -> Constructions.depthwiseSeparable(w, rank);
            case TUCKER2 -> Constructions.tucker2(w, rank, r2);
        };
        List<StagePlan.Shape> plan = StagePlan.shapes(s, w.filters(), w.channelsPerGroup(), w.kernelHeight(),
                w.kernelWidth(), layerSpec, rank, r2);
        List<Stage> stages = new ArrayList<>(plan.size());
        for (int i = 0; i < plan.size(); i++) stages.add(new Stage(plan.get(i).name(), b.weights().get(i), plan.get(i).spec()));
        float[] rec = new float[w.size()];
        double diff = 0, norm = 0;
        for (int i = 0; i < rec.length; i++) {
            double d = w.data()[i] - b.reconstructed()[i];
            diff += d * d;
            norm += (double) w.data()[i] * w.data()[i];
            rec[i] = (float) b.reconstructed()[i];
        }
        Weights reconstructed = new Weights(w.filters(), w.channelsPerGroup(), w.kernelHeight(), w.kernelWidth(), rec);
        int[] ranks = s == Scheme.TUCKER2 ? new int[] {rank, r2} : new int[] {rank};
        return new LayerFactorization(s, ranks, stages, reconstructed, norm == 0 ? 0 : Math.sqrt(diff / norm),
                StagePlan.parameters(plan));
    }

    /**
     * The singular values (descending) of the scheme's unfolding, whose discarded energy gives the
     * error: filter-svd F×(C·kH·kW); spatial-svd (C·kH)×(kW·F); depthwise-separable: one F×(kH·kW)
     * matrix per input channel, combined per index j as √(Σ_c s_{c,j}²), so that the relative error
     * at multiplier m is √(Σ_{j≥m} σ_j² / Σ_j σ_j²) as for the other schemes (the per-channel
     * spectra are {@link #channelSingularValues}); tucker2: the output-channel (mode-0) unfolding
     * F×(C·kH·kW), which decides R_out (the input-channel one, deciding R_in, is
     * {@link #modeSingularValues} mode 1).
     */
    public static double[] singularValues(Weights w, Scheme s) {
        check(w, null, s);
        return switch (s) {
            case FILTER_SVD, TUCKER2 -> modeSingularValues(w, 0);
            case SPATIAL_SVD -> Svd.of(Constructions.spatialUnfolding(w), w.channelsPerGroup() * w.kernelHeight(),
                    w.kernelWidth() * w.filters(), false, false).s;
            case DEPTHWISE_SEPARABLE -> {
                double[][] per = channelSingularValues(w);
                double[] out = new double[per[0].length];
                for (double[] sc : per) for (int j = 0; j < out.length; j++) out[j] += sc[j] * sc[j];
                for (int j = 0; j < out.length; j++) out[j] = Math.sqrt(out[j]);
                yield out;
            }
        };
    }

    /** Per input channel c, the singular values of the F×(kH·kW) matrix W[:, c] ([C][min(F, kH·kW)]). */
    public static double[][] channelSingularValues(Weights w) {
        check(w, null, Scheme.DEPTHWISE_SEPARABLE);
        int p = w.kernelHeight() * w.kernelWidth();
        double[][] out = new double[w.channelsPerGroup()][];
        for (int c = 0; c < out.length; c++) out[c] = Svd.of(Constructions.channelMatrix(w, c), w.filters(), p, false, false).s;
        return out;
    }

    /** Singular values of the output-channel (mode 0, F×(C·kH·kW)) or input-channel (mode 1, C×(F·kH·kW)) unfolding. */
    public static double[] modeSingularValues(Weights w, int mode) {
        check(w, null, Scheme.TUCKER2);
        int f = w.filters(), c = w.channelsPerGroup(), p = w.kernelHeight() * w.kernelWidth();
        return switch (mode) {
            case 0 -> Svd.of(Constructions.toDouble(w.data()), f, c * p, false, false).s;
            case 1 -> Svd.of(Constructions.inputUnfolding(w), c, f * p, false, false).s;
            default -> throw new ShapeException("mode must be 0 (output channels) or 1 (input channels), got " + mode);
        };
    }

    /**
     * The largest rank the scheme accepts: min(F, C·kH·kW) for filter-svd, min(C·kH, kW·F) for
     * spatial-svd, min(F, kH·kW) for depthwise-separable; for tucker2 the largest r usable as both
     * R_in and R_out, min of {@link #maxRanks}.
     */
    public static int maxRank(Weights w, Scheme s) {
        int[] m = maxRanks(w, s);
        return m.length == 1 ? m[0] : Math.min(m[0], m[1]);
    }

    /** {max r} for the SVD schemes; {max R_in, max R_out} = {min(C, F·kH·kW), min(F, C·kH·kW)} for tucker2. */
    public static int[] maxRanks(Weights w, Scheme s) {
        long f = w.filters(), c = w.channelsPerGroup(), kh = w.kernelHeight(), kw = w.kernelWidth();
        return switch (s) {
            case FILTER_SVD -> new int[] {(int) Math.min(f, c * kh * kw)};
            case SPATIAL_SVD -> new int[] {(int) Math.min(c * kh, kw * f)};
            case DEPTHWISE_SEPARABLE -> new int[] {(int) Math.min(f, kh * kw)};
            case TUCKER2 -> new int[] {(int) Math.min(c, f * kh * kw), (int) Math.min(f, c * kh * kw)};
        };
    }

    /** Multiplies of the standard layer on a C×inH×inW input (F·H_out·W_out·C·kH·kW). */
    public static long standardMultiplies(Weights w, ConvSpec layerSpec, int inH, int inW) {
        return CostModel.standard(w.channelsPerGroup() * layerSpec.groups(), inH, inW, w.filters(), w.kernelHeight(),
                w.kernelWidth(), layerSpec, false).multiplies();
    }

    /** Closed-form multiplies of the scheme's chain at rank r (tucker2: R_in = r, R_out = r2, r2 ≤ 0 meaning r). */
    public static long multiplies(Weights w, ConvSpec layerSpec, Scheme s, int r, int r2, int inH, int inW) {
        int rr2 = s == Scheme.TUCKER2 && r2 <= 0 ? r : r2;
        return StagePlan.multiplies(StagePlan.shapes(s, w.filters(), w.channelsPerGroup(), w.kernelHeight(),
                w.kernelWidth(), layerSpec, r, rr2), inH, inW);
    }

    /**
     * The largest rank whose chain costs fewer multiplies than the standard layer on an inH×inW
     * input (tucker2: with R_in = R_out = r), at most {@link #maxRank}; 0 when even rank 1 costs
     * as much or more. Every scheme's cost grows with the rank, so all ranks up to this one are
     * cheaper and all above it are not.
     */
    public static int breakEvenRank(Weights w, ConvSpec layerSpec, Scheme s, int inH, int inW) {
        check(w, layerSpec, s);
        long standard = standardMultiplies(w, layerSpec, inH, inW);
        int max = maxRank(w, s), best = 0;
        for (int r = 1; r <= max; r++) {
            if (multiplies(w, layerSpec, s, r, r, inH, inW) >= standard) break;
            best = r;
        }
        return best;
    }

    /** Runs the stages in order and returns the last output; the layer's bias (F values or null) is added by the last stage. */
    public static Tensor run(LayerFactorization f, Tensor input, float[] bias, Counts counts) {
        List<Tensor> all = runStages(f, input, bias, counts);
        return all.get(all.size() - 1);
    }

    /**
     * Runs the stages in order through {@link Convolutions#run} (the engine's fast paths),
     * adding every stage's counted operations to {@code counts}; returns each stage's output.
     */
    public static List<Tensor> runStages(LayerFactorization f, Tensor input, float[] bias, Counts counts) {
        if (input.channels() != f.inputChannels()) {
            throw new ShapeException("the factored layer expects " + f.inputChannels() + " input channels, got "
                    + input.channels() + " (input " + input.shapeString() + ")");
        }
        List<Tensor> out = new ArrayList<>(f.stages().size());
        Tensor x = input;
        for (int i = 0; i < f.stages().size(); i++) {
            Stage st = f.stages().get(i);
            boolean last = i == f.stages().size() - 1;
            ConvRequest req = ConvRequest.of(Method.STANDARD, x, st.weights(), st.spec()).withBias(last ? bias : null);
            ConvResult r = Convolutions.run(req);
            counts.add(r.counts());
            x = r.output();
            out.add(x);
        }
        return out;
    }

    private static void check(Weights w, ConvSpec layerSpec, Scheme s) {
        if (w == null) throw new ShapeException("no weights to factor");
        if (s == null) throw new ShapeException("no scheme given");
        if (layerSpec != null && layerSpec.groups() != 1) {
            throw new ShapeException(s.id() + " factors an ungrouped layer (groups 1), got groups " + layerSpec.groups());
        }
        int bad = w.firstNonFinite();
        if (bad >= 0) {
            int p = w.kernelHeight() * w.kernelWidth(), cg = w.channelsPerGroup();
            throw new ShapeException("weights have a non-finite value at [filter " + bad / (cg * p) + ", channel "
                    + bad / p % cg + ", row " + bad % p / w.kernelWidth() + ", column " + bad % w.kernelWidth() + "]");
        }
    }

    private static void checkRank(Weights w, Scheme s, int r, int max, String what) {
        if (r < 1 || r > max) {
            throw new ShapeException(what + " " + r + " is out of range for " + s.id() + " of weights " + w.shapeString()
                    + " (1 to " + max + ")");
        }
    }
}
