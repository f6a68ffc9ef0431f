package org.convlab.network.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A trained network: its layers in order, how raw input values are scaled, its class names and
 * its test subset. Immutable; {@link #replace} gives a copy with one convolution swapped for a
 * chain (a factorization's stages).
 */
public record Model(String name, String description, int inputChannels, int inputHeight, int inputWidth,
                    float inputScale, List<String> classes, List<ModelLayer> layers, TestSet test) {

    public Model {
        classes = List.copyOf(classes);
        layers = List.copyOf(layers);
    }

    /** The trained convolutions, in order (their names are what {@code --factor} takes). */
    public List<ModelLayer.Conv2d> convolutions() {
        List<ModelLayer.Conv2d> out = new ArrayList<>();
        for (ModelLayer l : layers) if (l instanceof ModelLayer.Conv2d c) out.add(c);
        return out;
    }

    public ModelLayer.Conv2d convolution(String layerName) {
        for (ModelLayer.Conv2d c : convolutions()) if (c.name().equals(layerName)) return c;
        List<String> names = new ArrayList<>();
        for (ModelLayer.Conv2d c : convolutions()) names.add(c.name());
        throw new IllegalArgumentException("model " + name + " has no convolution named '" + layerName
                + "' (it has " + String.join(", ", names) + ")");
    }

    public int indexOf(String layerName) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof ModelLayer.Conv2d c && c.name().equals(layerName)) return i;
        }
        return -1;
    }

    public long parameters() {
        long p = 0;
        for (ModelLayer l : layers) p += l.parameters();
        return p;
    }

    /** A copy with the convolution {@code layerName} replaced by {@code chain} (run in order). */
    public Model replace(String layerName, List<ModelLayer.Conv2d> chain) {
        convolution(layerName);
        int i = indexOf(layerName);
        List<ModelLayer> out = new ArrayList<>(layers.subList(0, i));
        out.addAll(chain);
        out.addAll(layers.subList(i + 1, layers.size()));
        return new Model(name, description, inputChannels, inputHeight, inputWidth, inputScale, classes, out, test);
    }
}
