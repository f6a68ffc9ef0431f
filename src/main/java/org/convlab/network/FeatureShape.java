package org.convlab.network;

/** Height × width × channels of a feature map, printed as in the paper ({@code 112×112×32}). */
public record FeatureShape(int height, int width, int channels) {
    @Override public String toString() { return height + "×" + width + "×" + channels; }
}
