package org.convlab.engine;

/**
 * ShuffleNet's channel shuffle (Zhang et al., 2017, arXiv:1707.01083, Sec. 3.1): the C = G·n
 * channels of a grouped convolution's output, seen as a G×n matrix (row = group), are
 * transposed and flattened, so that the next grouped layer's every group receives channels from
 * every group. PyTorch: {@code x.view(G, n, H, W).transpose(0, 1).reshape(C, H, W)}. A pure
 * permutation: no multiplies, no additions.
 */
public final class ChannelShuffle {
    private ChannelShuffle() { }

    /** The input channel that output channel {@code out} takes: out = j·G + g takes g·n + j. */
    public static int source(int out, int channels, int groups) {
        check(channels, groups);
        int n = channels / groups;
        return (out % groups) * n + out / groups;
    }

    /** The permuted tensor (a copy). */
    public static Tensor apply(Tensor t, int groups) {
        int c = t.channels();
        check(c, groups);
        int plane = t.height() * t.width();
        Tensor out = new Tensor(c, t.height(), t.width());
        for (int o = 0; o < c; o++) System.arraycopy(t.data(), source(o, c, groups) * plane, out.data(), o * plane, plane);
        return out;
    }

    private static void check(int channels, int groups) {
        if (groups < 1 || channels % groups != 0) {
            throw new ShapeException("channel shuffle needs the " + channels + " channels to split into " + groups + " equal groups");
        }
    }
}
