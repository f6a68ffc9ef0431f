package org.convlab.engine;

/**
 * The fast pointwise (1×1, stride 1, no padding, groups 1) convolution: a matrix product
 * {@code out[f, p] = Σ_c w[f, c] · in[c, p]} over the flattened plane p = y·W + x. The plane is
 * cut into blocks that fit in cache (all C input slices of one block are reused by every
 * filter, copied once per block into per-thread rows); for each filter the block of its output
 * plane is built in an accumulator, four channels per pass, then copied out. Blocks run on {@link Parallel}'s threads and count, per block and
 * filter, {@code n·C} multiplies and {@code n·(C − 1)} additions (plus n for a bias).
 */
final class FastPointwise {
    private static final int BLOCK_FLOATS = 64 * 1024;

    private FastPointwise() { }

    /** True when {@code spec} is the plain 1×1 case this class handles (else use {@link FastConv}). */
    static boolean applies(Weights w, ConvSpec spec) {
        Padding p = spec.padding();
        boolean noPad = p.mode() != Padding.Mode.EXPLICIT || (p.height() == 0 && p.width() == 0);
        return w.kernelHeight() == 1 && w.kernelWidth() == 1 && spec.groups() == 1 && spec.strideH() == 1
                && spec.strideW() == 1 && noPad;
    }

    static Tensor conv1x1(Tensor in, Weights w, float[] bias, Counts counts, Tensor into) {
        Validation.check(in, w, bias, ConvSpec.DEFAULT);
        int nc = in.channels(), nf = w.filters(), plane = in.height() * in.width();
        Tensor out = FastConv.output(into, in, nf, in.height(), in.width());
        if (VectorPath.ENABLED) return VecPointwise.conv1x1(in, w, bias, out, counts);
        int block = Math.max(64, Math.min(plane, BLOCK_FLOATS / nc));
        int threads = Parallel.threads();
        if (threads > 1) block = Math.max(64, Math.min(block, (plane + 2 * threads - 1) / (2 * threads)));
        final int bl = block;
        int blocks = (plane + bl - 1) / bl;
        Parallel.run(blocks, (long) nf * nc * plane, counts, (b, c) -> block(in, w, bias, out, b * bl,
                Math.min(plane, (b + 1) * bl), c));
        return out;
    }

    private static void block(Tensor in, Weights w, float[] bias, Tensor out, int p0, int p1, Counts counts) {
        int nc = in.channels(), nf = w.filters(), plane = in.height() * in.width(), n = p1 - p0;
        Workspace ws = Workspace.get();
        float[][] xs = ws.rows(nc, n);
        float[] x = in.data(), o = out.data(), wd = w.data(), acc = ws.acc(n);
        for (int c = 0; c < nc; c++) System.arraycopy(x, c * plane + p0, xs[c], 0, n);
        float[][] group = new float[4][];
        long mul = (long) n * nc, add = (long) n * (nc - 1 + (bias != null ? 1 : 0));
        for (int f = 0; f < nf; f++) {
            for (int c = 0; c < nc; c += 4) {
                int m = Math.min(4, nc - c);
                for (int q = 0; q < m; q++) group[q] = xs[c + q];
                RowKernels.taps(c == 0, acc, 0, n, group, wd, f * nc + c, m);
            }
            if (bias != null) RowKernels.addConstant(acc, n, bias[f]);
            System.arraycopy(acc, 0, o, f * plane + p0, n);
            counts.addMultiplies(mul);
            counts.addAdditions(add);
        }
    }
}
