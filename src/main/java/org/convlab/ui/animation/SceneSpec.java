package org.convlab.ui.animation;

import org.convlab.engine.ConvRequest;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.KernelBank;
import org.convlab.engine.KernelBank.StandardWeights;
import org.convlab.engine.KernelPresets;
import org.convlab.engine.Method;
import org.convlab.engine.Padding;
import org.convlab.engine.Tensor;

/**
 * One animated scene: which sample image, how many channels and filters, which kernel preset,
 * size and convolution settings, the groups of a grouped convolution (and whether the channel
 * shuffle follows it), and how the standard weights are made. Pure data; {@link #request} builds
 * the engine request with {@link KernelBank#teaching}, so each channel has its own kernel, the
 * pointwise weights mix channels, and every method works from the same designed kernel.
 */
public record SceneSpec(String image, int channels, int filters, String preset, int kernelSize,
                        int stride, String padding, int dilation, int rank, boolean bias,
                        int groups, boolean shuffle, StandardWeights standard) {

    public static SceneSpec defaults() {
        return new SceneSpec(SampleImages.IDS.get(0), 2, 2, "sobel-x", 3, 1, "1", 1, 2, false, 2, false, StandardWeights.FREE);
    }

    public SceneSpec withImage(String v) { return new SceneSpec(v, channels, filters, preset, kernelSize, stride, padding, dilation, rank, bias, groups, shuffle, standard); }
    public SceneSpec withChannels(int v) { return new SceneSpec(image, v, filters, preset, kernelSize, stride, padding, dilation, rank, bias, groups, shuffle, standard); }
    public SceneSpec withFilters(int v) { return new SceneSpec(image, channels, v, preset, kernelSize, stride, padding, dilation, rank, bias, groups, shuffle, standard); }
    public SceneSpec withPreset(String v) { return new SceneSpec(image, channels, filters, v, kernelSize, stride, padding, dilation, rank, bias, groups, shuffle, standard); }
    public SceneSpec withKernelSize(int v) { return new SceneSpec(image, channels, filters, preset, v, stride, padding, dilation, rank, bias, groups, shuffle, standard); }
    public SceneSpec withStride(int v) { return new SceneSpec(image, channels, filters, preset, kernelSize, v, padding, dilation, rank, bias, groups, shuffle, standard); }
    public SceneSpec withPadding(String v) { return new SceneSpec(image, channels, filters, preset, kernelSize, stride, v, dilation, rank, bias, groups, shuffle, standard); }
    public SceneSpec withDilation(int v) { return new SceneSpec(image, channels, filters, preset, kernelSize, stride, padding, v, rank, bias, groups, shuffle, standard); }
    public SceneSpec withRank(int v) { return new SceneSpec(image, channels, filters, preset, kernelSize, stride, padding, dilation, v, bias, groups, shuffle, standard); }
    public SceneSpec withBias(boolean v) { return new SceneSpec(image, channels, filters, preset, kernelSize, stride, padding, dilation, rank, v, groups, shuffle, standard); }
    public SceneSpec withGroups(int v) { return new SceneSpec(image, channels, filters, preset, kernelSize, stride, padding, dilation, rank, bias, v, shuffle, standard); }
    public SceneSpec withShuffle(boolean v) { return new SceneSpec(image, channels, filters, preset, kernelSize, stride, padding, dilation, rank, bias, groups, v, standard); }
    public SceneSpec withStandard(StandardWeights v) { return new SceneSpec(image, channels, filters, preset, kernelSize, stride, padding, dilation, rank, bias, groups, shuffle, v); }

    public ConvSpec convSpec() {
        return ConvSpec.DEFAULT.withStride(stride, stride).withDilation(dilation, dilation).withPadding(Padding.parse(padding));
    }

    public Tensor input() { return SampleImages.create(image, channels); }

    private float[] kernel() { return KernelPresets.create(preset, kernelSize, kernelSize, 7); }

    public KernelBank bank() {
        return KernelBank.teaching(kernel(), kernelSize, kernelSize, channels, filters, standard);
    }

    /** The engine request for {@code method} (rank only matters for low-rank, groups only for grouped). */
    public ConvRequest request(Method method) {
        ConvSpec spec = method == Method.GROUPED ? convSpec().withGroups(groups) : convSpec();
        ConvRequest r = method == Method.DEPTHWISE && multiplier() > 1
                ? ConvRequest.of(Method.DEPTHWISE, input(), KernelBank.depthwise(kernel(), kernelSize, kernelSize, channels, multiplier()), spec)
                : bank().request(method, input(), spec, method == Method.LOW_RANK ? rank : 1);
        if (bias) {
            int outputs = r.pointwise() != null ? r.pointwise().filters() : r.weights().filters();
            float[] b = new float[outputs];
            for (int f = 0; f < outputs; f++) b[f] = 0.1f * (f + 1);
            r = r.withBias(b);
        }
        return r;
    }

    /**
     * The depthwise channel multiplier m: a depthwise scene makes F = m·C planes, m per input channel,
     * when F is a multiple of C; otherwise m = 1 (one plane per channel).
     */
    public int multiplier() { return filters % channels == 0 ? Math.max(1, filters / channels) : 1; }
}
