package org.convlab.engine.factor;

import org.convlab.engine.ConvSpec;
import org.convlab.engine.Weights;

/**
 * One convolution of a factorized layer.
 *
 * @param name    what the stage does ({@code basis}, {@code combine}, {@code vertical}, …)
 * @param weights F×(C/groups)×kH×kW, PyTorch's layout
 * @param spec    stride, padding, dilation and groups this stage runs with
 */
public record Stage(String name, Weights weights, ConvSpec spec) {

    /** Input channels this stage expects: (C/groups)·groups. */
    public int inputChannels() { return weights.channelsPerGroup() * spec.groups(); }

    /** Output channels (filters). */
    public int outputChannels() { return weights.filters(); }
}
