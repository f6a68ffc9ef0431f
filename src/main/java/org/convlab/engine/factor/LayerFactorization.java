package org.convlab.engine.factor;

import java.util.ArrayList;
import java.util.List;
import org.convlab.engine.Weights;

/**
 * A layer factored by one {@link Scheme}: its stages in the order they run, the kernel they
 * compute together, and what that costs.
 *
 * @param scheme        how the layer was factored
 * @param ranks         {r} for the SVD schemes (r = m, the channel multiplier, for
 *                      depthwise-separable); {R_in, R_out} for tucker2
 * @param stages        the convolutions, in run order; running them equals convolving with
 *                      {@code reconstructed} (no bias inside the chain; a layer's bias belongs
 *                      after the last stage)
 * @param reconstructed the F×C×kH×kW kernel the chain computes
 * @param relativeError ‖W − W_r‖_F / ‖W‖_F (0 for a zero kernel), computed in double precision
 * @param parameters    weights of all stages (the layer's bias, F values either way, not included)
 */
public record LayerFactorization(Scheme scheme, int[] ranks, List<Stage> stages, Weights reconstructed,
                                 double relativeError, long parameters) {

    public LayerFactorization {
        ranks = ranks.clone();
        stages = List.copyOf(stages);
    }

    @Override public int[] ranks() { return ranks.clone(); }

    /** The rank (r, or R_in for tucker2). */
    public int rank() { return ranks[0]; }

    /**
     * Multiplies of running the stages in order on a C×inH×inW input, in closed form; the engine
     * counts exactly this many when {@link LayerFactorizer#run} runs them.
     */
    public long multiplies(int inH, int inW) {
        return StagePlan.multiplies(shapes(), inH, inW);
    }

    List<StagePlan.Shape> shapes() {
        List<StagePlan.Shape> out = new ArrayList<>(stages.size());
        for (Stage s : stages) {
            Weights w = s.weights();
            out.add(new StagePlan.Shape(s.name(), w.filters(), w.channelsPerGroup(), w.kernelHeight(), w.kernelWidth(), s.spec()));
        }
        return out;
    }

    /** Input channels C of the layer. */
    public int inputChannels() { return stages.get(0).inputChannels(); }

    /** Output channels F of the layer. */
    public int outputChannels() { return stages.get(stages.size() - 1).outputChannels(); }
}
