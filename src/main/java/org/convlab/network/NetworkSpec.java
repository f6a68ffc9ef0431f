package org.convlab.network;

import java.util.List;

/**
 * A network as read from its file: input size, layers in order (repeats already expanded) and
 * where the description comes from.
 *
 * @param name        short name used on the command line ({@code mobilenet-v1})
 * @param title       human-readable title
 * @param source      where the layer table comes from, and any correction made to it
 * @param resolution  default input height and width
 * @param channels    input channels (3 for RGB); never scaled by α
 * @param layers      the layers in order
 */
public record NetworkSpec(String name, String title, String source, int resolution, int channels, List<LayerSpec> layers) {
    public NetworkSpec {
        if (resolution < 1) throw new IllegalArgumentException("input resolution must be ≥ 1, got " + resolution);
        if (channels < 1) throw new IllegalArgumentException("input channels must be ≥ 1, got " + channels);
        if (layers == null || layers.isEmpty()) throw new IllegalArgumentException("network '" + name + "' has no layers");
        layers = List.copyOf(layers);
    }
}
