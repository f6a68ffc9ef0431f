package org.convlab.network.model;

/**
 * The labelled images shipped with a model and the logits PyTorch computed for them.
 *
 * @param pixels    N×H×W raw values (uint8 0..255 for Fashion-MNIST), one channel
 * @param labels    N class indices
 * @param reference N×classes logits from the training script (null when not shipped)
 */
public record TestSet(int count, int height, int width, float[] pixels, int[] labels, float[] reference) {
    public TestSet {
        if (pixels.length != (long) count * height * width) {
            throw new IllegalArgumentException("test images: " + pixels.length + " values for " + count + " images of "
                    + height + "×" + width);
        }
        if (labels.length != count) {
            throw new IllegalArgumentException("test labels: " + labels.length + " labels for " + count + " images");
        }
    }

    /** The first n images (n clamped to the count). */
    public TestSet first(int n, int classes) {
        int m = Math.max(0, Math.min(n, count)), plane = height * width;
        float[] p = java.util.Arrays.copyOf(pixels, m * plane);
        int[] l = java.util.Arrays.copyOf(labels, m);
        float[] r = reference == null ? null : java.util.Arrays.copyOf(reference, m * classes);
        return new TestSet(m, height, width, p, l, r);
    }
}
