package org.convlab.network;

import java.util.List;
import org.convlab.engine.Cost;

/**
 * A network costed at one width multiplier α and input resolution, in two variants: as
 * described (depthwise-separable) and with every depthwise-separable block replaced by a full
 * convolution (the paper's "Conv MobileNet").
 *
 * @param spec            the network file
 * @param alpha           width multiplier α ∈ (0, 1]
 * @param resolution      input height and width
 * @param layers          the network as described, row by row
 * @param standardLayers  the full-convolution variant, row by row
 * @param blocks          block by block, both variants side by side
 * @param separable       totals of the network as described
 * @param standard        totals of the full-convolution variant
 * @param shares          share by layer category of the network as described (Table 2)
 * @param standardShares  share by layer category of the full-convolution variant
 */
public record NetworkCost(NetworkSpec spec, double alpha, int resolution, List<LayerCost> layers,
                          List<LayerCost> standardLayers, List<BlockCost> blocks, Cost separable, Cost standard,
                          List<Share> shares, List<Share> standardShares) {
    /** Full-convolution mult-adds divided by depthwise-separable mult-adds. */
    public double reduction() { return (double) standard.multiplies() / separable.multiplies(); }

    /** ρ = resolution / the file's default resolution (224 for MobileNet). */
    public double rho() { return (double) resolution / spec.resolution(); }
}
