package org.convlab.network;

import org.convlab.engine.Cost;

/**
 * One row of a costed network, in the style of the paper's Table 1.
 *
 * @param index        1-based position in the network
 * @param block        1-based block number: a depthwise layer and the pointwise layer after it
 *                     share one block, every other weighted layer is a block of its own; 0 for a pool
 * @param type         layer kind
 * @param category     the paper's Table 2 category ({@code Conv 1×1}, {@code Conv DW 3×3}, …)
 * @param label        {@code Conv dw / s2} as in Table 1
 * @param filterShape  {@code 3×3×64 dw} as in Table 1
 * @param input        input feature map
 * @param output       output feature map
 * @param cost         multiplies (= mult-adds), additions, parameters and the formula
 */
public record LayerCost(int index, int block, LayerType type, String category, String label, String filterShape,
                        FeatureShape input, FeatureShape output, Cost cost) {
    /** Multiply-adds as the paper counts them: the multiplies of the layer's weights. */
    public long multAdds() { return cost.multiplies(); }
    public long parameters() { return cost.parameters(); }
}
