package org.convlab.engine;

/**
 * Everything one convolution needs.
 *
 * @param method    which method to run
 * @param input     C×H×W input
 * @param weights   F×(C/groups)×kH×kW for standard, spatial-separable and low-rank;
 *                  (m·C)×1×kH×kW for depthwise and the first stage of depthwise-separable;
 *                  F×(C/groups)×1×1 for pointwise
 * @param pointwise F×(m·C)×1×1, the second stage of depthwise-separable (null otherwise)
 * @param bias      F values or null; for depthwise-separable it is added by the pointwise stage
 * @param spec      stride, padding, dilation, groups (groups is forced to C for depthwise)
 * @param rank      r for low-rank (ignored otherwise)
 * @param keepIntermediate keep the column-pass intermediates of separable methods in the result
 */
public record ConvRequest(Method method, Tensor input, Weights weights, Weights pointwise, float[] bias,
                          ConvSpec spec, int rank, boolean keepIntermediate) {

    public static ConvRequest of(Method method, Tensor input, Weights weights, ConvSpec spec) {
        return new ConvRequest(method, input, weights, null, null, spec, 1, false);
    }

    public ConvRequest withBias(float[] b) { return new ConvRequest(method, input, weights, pointwise, b, spec, rank, keepIntermediate); }
    public ConvRequest withRank(int r) { return new ConvRequest(method, input, weights, pointwise, bias, spec, r, keepIntermediate); }
    public ConvRequest withPointwise(Weights pw) { return new ConvRequest(method, input, weights, pw, bias, spec, rank, keepIntermediate); }
    public ConvRequest keepingIntermediate() { return new ConvRequest(method, input, weights, pointwise, bias, spec, rank, true); }
}
