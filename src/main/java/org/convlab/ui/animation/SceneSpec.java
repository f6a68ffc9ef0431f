package org.convlab.ui.animation;

import org.convlab.engine.ConvRequest;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.KernelBank;
import org.convlab.engine.KernelPresets;
import org.convlab.engine.Method;
import org.convlab.engine.Padding;
import org.convlab.engine.Tensor;

/**
 * One animated scene: which sample image, how many channels and filters, which kernel preset,
 * size and convolution settings. Pure data; {@link #request} builds the engine request with
 * {@link KernelBank}, so every method works on the same designed kernel.
 */
public record SceneSpec(String image, int channels, int filters, String preset, int kernelSize,
                        int stride, String padding, int dilation, int rank, boolean bias) {

    public static SceneSpec defaults() {
        return new SceneSpec(SampleImages.IDS.get(0), 2, 2, "sobel-x", 3, 1, "1", 1, 2, false);
    }

    public SceneSpec withImage(String v) { return new SceneSpec(v, channels, filters, preset, kernelSize, stride, padding, dilation, rank, bias); }
    public SceneSpec withChannels(int v) { return new SceneSpec(image, v, filters, preset, kernelSize, stride, padding, dilation, rank, bias); }
    public SceneSpec withFilters(int v) { return new SceneSpec(image, channels, v, preset, kernelSize, stride, padding, dilation, rank, bias); }
    public SceneSpec withPreset(String v) { return new SceneSpec(image, channels, filters, v, kernelSize, stride, padding, dilation, rank, bias); }
    public SceneSpec withKernelSize(int v) { return new SceneSpec(image, channels, filters, preset, v, stride, padding, dilation, rank, bias); }
    public SceneSpec withStride(int v) { return new SceneSpec(image, channels, filters, preset, kernelSize, v, padding, dilation, rank, bias); }
    public SceneSpec withPadding(String v) { return new SceneSpec(image, channels, filters, preset, kernelSize, stride, v, dilation, rank, bias); }
    public SceneSpec withDilation(int v) { return new SceneSpec(image, channels, filters, preset, kernelSize, stride, padding, v, rank, bias); }
    public SceneSpec withRank(int v) { return new SceneSpec(image, channels, filters, preset, kernelSize, stride, padding, dilation, v, bias); }
    public SceneSpec withBias(boolean v) { return new SceneSpec(image, channels, filters, preset, kernelSize, stride, padding, dilation, rank, v); }

    public ConvSpec convSpec() {
        return ConvSpec.DEFAULT.withStride(stride, stride).withDilation(dilation, dilation).withPadding(Padding.parse(padding));
    }

    public Tensor input() { return SampleImages.create(image, channels); }

    /** The engine request for {@code method} (rank only matters for low-rank). */
    public ConvRequest request(Method method) {
        float[] k = KernelPresets.create(preset, kernelSize, kernelSize, 7);
        KernelBank bank = KernelBank.of(k, kernelSize, kernelSize, channels, filters);
        ConvRequest r = bank.request(method, input(), convSpec(), method == Method.LOW_RANK ? rank : 1);
        if (bias) {
            float[] b = new float[filters];
            for (int f = 0; f < filters; f++) b[f] = 0.1f * (f + 1);
            r = r.withBias(b);
        }
        return r;
    }
}
