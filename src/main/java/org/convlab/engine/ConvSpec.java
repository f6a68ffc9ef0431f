package org.convlab.engine;

/**
 * Hyper-parameters of a 2D convolution, PyTorch conventions: per-axis stride and dilation,
 * zero padding ({@link Padding}) and groups. Immutable.
 */
public record ConvSpec(int strideH, int strideW, Padding padding, int dilationH, int dilationW, int groups) {

    public static final ConvSpec DEFAULT = new ConvSpec(1, 1, Padding.valid(), 1, 1, 1);

    /** The group counts G a grouped convolution of {@code channels} input channels can use: the divisors of C, smallest first. */
    public static java.util.List<Integer> groupCounts(int channels) {
        java.util.List<Integer> d = new java.util.ArrayList<>();
        for (int i = 1; i <= channels; i++) if (channels % i == 0) d.add(i);
        return d;
    }

    public ConvSpec {
        if (strideH < 1 || strideW < 1) throw new ShapeException("stride must be ≥ 1, got " + strideH + "," + strideW);
        if (dilationH < 1 || dilationW < 1) throw new ShapeException("dilation must be ≥ 1, got " + dilationH + "," + dilationW);
        if (groups < 1) throw new ShapeException("groups must be ≥ 1, got " + groups);
        if (padding == null) throw new ShapeException("padding is missing");
        if (padding.mode() == Padding.Mode.SAME && (strideH != 1 || strideW != 1)) {
            throw new ShapeException("padding 'same' needs stride 1 (as in PyTorch), got stride " + strideH + "," + strideW);
        }
    }

    public ConvSpec withStride(int sh, int sw) { return new ConvSpec(sh, sw, padding, dilationH, dilationW, groups); }
    public ConvSpec withPadding(Padding p) { return new ConvSpec(strideH, strideW, p, dilationH, dilationW, groups); }
    public ConvSpec withDilation(int dh, int dw) { return new ConvSpec(strideH, strideW, padding, dh, dw, groups); }
    public ConvSpec withGroups(int g) { return new ConvSpec(strideH, strideW, padding, dilationH, dilationW, g); }

    /**
     * Output size along one axis: {@code floor((n + pBefore + pAfter − d·(k−1) − 1) / s) + 1}.
     * Uses floor division, so a negative numerator is not truncated towards zero.
     *
     * @throws ShapeException if the size would be ≤ 0, with the numbers that made it so
     */
    public static int outputSize(String axis, int n, int k, int s, int d, int pBefore, int pAfter) {
        long span = (long) d * (k - 1) + 1;
        long num = (long) n + pBefore + pAfter - span;
        long out = Math.floorDiv(num, s) + 1;
        if (out <= 0) {
            throw new ShapeException("output " + axis + " would be " + out + ": input " + axis + " " + n
                    + " + padding " + (pBefore + pAfter) + " is smaller than the dilated kernel extent " + span
                    + " (kernel " + k + ", dilation " + d + ")");
        }
        if (out > Integer.MAX_VALUE / 2) throw new ShapeException("output " + axis + " " + out + " is too large");
        return (int) out;
    }

    /** Resolves padding and output size for an input H×W and kernel kH×kW; throws if it does not fit. */
    public Geometry geometry(int inH, int inW, int kH, int kW) {
        int pt = padding.before(true, kH, dilationH), pb = padding.after(true, kH, dilationH);
        int pl = padding.before(false, kW, dilationW), pr = padding.after(false, kW, dilationW);
        int oh = outputSize("height", inH, kH, strideH, dilationH, pt, pb);
        int ow = outputSize("width", inW, kW, strideW, dilationW, pl, pr);
        return new Geometry(inH, inW, kH, kW, pt, pb, pl, pr, oh, ow);
    }

    /** Resolved sizes of one convolution: input, kernel, padding on each side, output. */
    public record Geometry(int inH, int inW, int kH, int kW,
                           int padTop, int padBottom, int padLeft, int padRight, int outH, int outW) { }

    /** Parses {@code N} or {@code A,B} into a pair (N,N) or (A,B). */
    public static int[] parsePair(String s, String what) {
        String[] parts = s.trim().split("\\s*,\\s*");
        try {
            if (parts.length == 1) {
                int v = Integer.parseInt(parts[0]);
                return new int[] {v, v};
            }
            if (parts.length == 2) return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new ShapeException(what + " must be N or N,N (whole numbers), got '" + s + "'");
    }

    @Override public String toString() {
        return "stride " + strideH + "," + strideW + ", padding " + padding + ", dilation " + dilationH + ","
                + dilationW + ", groups " + groups;
    }
}
