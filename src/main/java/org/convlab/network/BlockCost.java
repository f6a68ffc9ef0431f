package org.convlab.network;

/**
 * One block of a network in both variants: a depthwise-separable block (depthwise then
 * pointwise) next to the full K×K convolution that would replace it. For any other layer both
 * sides are that layer.
 *
 * @param block      1-based block number
 * @param label      short label for charts ({@code 7 dw+pw 14²})
 * @param separable  whether this block is depthwise-separable
 * @param input      input feature map
 * @param output     output feature map
 * @param separableMultAdds   mult-adds of the block as in the network file
 * @param separableParameters parameters of the block as in the network file
 * @param standardMultAdds    mult-adds with the block replaced by a full convolution
 * @param standardParameters  parameters with the block replaced by a full convolution
 */
public record BlockCost(int block, String label, boolean separable, FeatureShape input, FeatureShape output,
                        long separableMultAdds, long separableParameters, long standardMultAdds, long standardParameters) {
    /** How many times more mult-adds the full convolution needs. */
    public double ratio() { return separableMultAdds == 0 ? 1 : (double) standardMultAdds / separableMultAdds; }
}
