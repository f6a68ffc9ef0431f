package org.convlab.engine;

/**
 * The fast pointwise (1×1, stride 1, no padding, groups 1) convolution: a matrix product
 * {@code out[f, p] = Σ_c w[f, c] · in[c, p]} over the flattened plane p = y·W + x. The plane is
 * cut into blocks that fit in cache (all C input slices of one block are reused by every
 * filter); for each filter the block of its output plane is built four channels per pass
 * along contiguous memory. Blocks run on {@link Parallel}'s threads and count, per block and
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

    static Tensor conv1x1(Tensor in, Weights w, float[] bias, Counts counts) {
        Validation.check(in, w, bias, ConvSpec.DEFAULT);
        int nc = in.channels(), nf = w.filters(), plane = in.height() * in.width();
        Tensor out = new Tensor(nf, in.height(), in.width());
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
        float[] x = in.data(), o = out.data(), wd = w.data();
        long mul = (long) n * nc, add = (long) n * (nc - 1 + (bias != null ? 1 : 0));
        for (int f = 0; f < nf; f++) {
            int ob = f * plane + p0, wb = f * nc;
            boolean set = true;
            int c = 0;
            for (; nc - c >= 4; c += 4) {
                int a = c * plane + p0;
                RowKernels.tap4(set, o, ob, n, x, a, wd[wb + c], x, a + plane, wd[wb + c + 1],
                        x, a + 2 * plane, wd[wb + c + 2], x, a + 3 * plane, wd[wb + c + 3]);
                set = false;
            }
            int a = c * plane + p0;
            switch (nc - c) {
                case 3 -> RowKernels.tap3(set, o, ob, n, x, a, wd[wb + c], x, a + plane, wd[wb + c + 1],
                        x, a + 2 * plane, wd[wb + c + 2]);
                case 2 -> RowKernels.tap2(set, o, ob, n, x, a, wd[wb + c], x, a + plane, wd[wb + c + 1]);
                case 1 -> RowKernels.tap1(set, o, ob, n, x, a, wd[wb + c]);
                default -> { }
            }
            if (bias != null) RowKernels.addConstant(o, ob, n, bias[f]);
            counts.addMultiplies(mul);
            counts.addAdditions(add);
        }
    }
}
