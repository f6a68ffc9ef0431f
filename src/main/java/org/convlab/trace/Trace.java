package org.convlab.trace;

import java.util.Arrays;
import org.convlab.engine.ConvResult;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Method;
import org.convlab.engine.Tensor;
import org.convlab.engine.Weights;

/**
 * What the engine did, one multiply per step, recorded by {@link TraceRecorder} while the
 * engine's reference loops computed. So the step total equals the counted multiplies on every
 * method; the additions are counted beside ({@link #additions(int)}): the running sum's own
 * addition, and an <em>extra write</em> when a bias or a separable pair's result is added into
 * an output value right after this multiply's value is complete ({@link #hasExtra}). Immutable and compact: one primitive array per
 * field, about 50 bytes a step, so a 32×32×8 input with 3×3×8×8 weights (≈ 600 000 steps)
 * stays near 30 MB.
 *
 * <p>Per step: {@link #stage}, source cell ({@link #sourceSpace}, c, y, x — padded cells keep
 * their coordinates outside the input and carry {@link #PADDED}), weight index and value, the
 * source value and product, the target cell, the target's value before and after the step
 * (the running partial sum), and the running multiply and addition counts. Flags mark the
 * boundaries: {@link #VALUE_END} (a value of the target is complete), {@link #ROW_END} and
 * {@link #STAGE_END} (a filter, a pass or a summing block is complete).
 *
 * <p>Weight index: for standard, depthwise and pointwise steps the flat index into
 * {@link #weightsOf(Stage)}; for a column pass {@code s·K_h + u} into {@link #columns()}; for a
 * row pass {@code s·K_w + v} into {@link #rows()}; for bias the filter; −1 for pair sums.
 */
public final class Trace {
    public static final byte PADDED = 1, FIRST_WRITE = 2, VALUE_END = 4, ROW_END = 8, STAGE_END = 16;

    private final Meta meta;
    private final int n;
    private final byte[] stage, flags, srcSpace, dstSpace;
    private final short[] srcC, srcY, srcX, dstC, dstY, dstX;
    private final int[] weightIndex, addSoFar, extraOf;
    private final float[] weight, value, product, before, partial;
    private final byte[] extraSpace, extraAdds;
    private final short[] extraC, extraY, extraX;
    private final float[] extraBefore, extraAfter, extraAdded;
    private final boolean[] extraIsBias;

    /** Everything about a trace that is not per step. */
    public record Meta(Method method, ConvSpec spec, ConvSpec.Geometry geometry, Tensor input, Weights weights,
                       Weights pointwise, float[] bias, float[] columns, float[] rows, int rank,
                       int[] intermediateShape, int[] pairShape, int[] outputShape,
                       ConvResult engine, ConvResult reference) {
        /** The output of the direct method this trace is compared with (null when there is none). */
        public Tensor exact() { return reference == null ? null : reference.output(); }
    }

    Trace(Meta meta, Builder b) {
        this.meta = meta;
        this.n = b.n;
        stage = Arrays.copyOf(b.stage, n); flags = Arrays.copyOf(b.flags, n);
        srcSpace = Arrays.copyOf(b.srcSpace, n); dstSpace = Arrays.copyOf(b.dstSpace, n);
        srcC = Arrays.copyOf(b.srcC, n); srcY = Arrays.copyOf(b.srcY, n); srcX = Arrays.copyOf(b.srcX, n);
        dstC = Arrays.copyOf(b.dstC, n); dstY = Arrays.copyOf(b.dstY, n); dstX = Arrays.copyOf(b.dstX, n);
        weightIndex = Arrays.copyOf(b.weightIndex, n);
        extraOf = Arrays.copyOf(b.extraOf, n);
        int e = b.extras;
        extraSpace = Arrays.copyOf(b.extraSpace, e); extraAdds = Arrays.copyOf(b.extraAdds, e);
        extraC = Arrays.copyOf(b.extraC, e); extraY = Arrays.copyOf(b.extraY, e); extraX = Arrays.copyOf(b.extraX, e);
        extraBefore = Arrays.copyOf(b.extraBefore, e); extraAfter = Arrays.copyOf(b.extraAfter, e);
        extraAdded = Arrays.copyOf(b.extraAdded, e);
        extraIsBias = Arrays.copyOf(b.extraIsBias, e);
        addSoFar = new int[n];
        int adds = 0;
        for (int k = 0; k < n; k++) {
            adds += (b.flags[k] & FIRST_WRITE) != 0 ? 0 : 1;
            if (extraOf[k] >= 0) adds += extraAdds[extraOf[k]];
            addSoFar[k] = adds;
        }
        weight = Arrays.copyOf(b.weight, n); value = Arrays.copyOf(b.value, n); product = Arrays.copyOf(b.product, n);
        before = Arrays.copyOf(b.before, n); partial = Arrays.copyOf(b.partial, n);
    }

    public Meta meta() { return meta; }
    public Method method() { return meta.method(); }
    public int size() { return n; }

    public Stage stage(int k) { return Stage.values()[stage[k]]; }
    public int flags(int k) { return flags[k]; }
    public boolean has(int k, int flag) { return (flags[k] & flag) != 0; }
    public boolean padded(int k) { return has(k, PADDED); }
    public Space sourceSpace(int k) { return Space.values()[srcSpace[k]]; }
    public int sourceC(int k) { return srcC[k]; }
    public int sourceY(int k) { return srcY[k]; }
    public int sourceX(int k) { return srcX[k]; }
    public Space targetSpace(int k) { return Space.values()[dstSpace[k]]; }
    public int targetC(int k) { return dstC[k]; }
    public int targetY(int k) { return dstY[k]; }
    public int targetX(int k) { return dstX[k]; }
    public int weightIndex(int k) { return weightIndex[k]; }
    public float weight(int k) { return weight[k]; }
    /** The source value that was multiplied (0 for a padded cell). */
    public float value(int k) { return value[k]; }
    /** value × weight. */
    public float product(int k) { return product[k]; }
    /** The target's value before the step (0 when {@link #FIRST_WRITE}). */
    public float before(int k) { return before[k]; }
    /** The target's value after the step: the running partial sum. */
    public float partial(int k) { return partial[k]; }
    /** Multiplies done up to and including step k: every step is one multiply. */
    public long multipliesAfter(int k) { return k < 0 ? 0 : Math.min(k, n - 1) + 1L; }
    /** Additions step k does: its running sum's (0 for a first term) and those of its extra write. */
    public int additions(int k) { return addSoFar[k] - (k == 0 ? 0 : addSoFar[k - 1]); }

    /**
     * True when step k also adds something into a cell after its multiply: the bias of the filter,
     * or (separable methods) this pair's finished value into the output sum, or both.
     */
    public boolean hasExtra(int k) { return extraOf[k] >= 0; }
    public Space extraSpace(int k) { return Space.values()[extraSpace[extraOf[k]]]; }
    public int extraC(int k) { return extraC[extraOf[k]]; }
    public int extraY(int k) { return extraY[extraOf[k]]; }
    public int extraX(int k) { return extraX[extraOf[k]]; }
    /** The extra cell's value before the extra addition(s). */
    public float extraBefore(int k) { return extraBefore[extraOf[k]]; }
    /** The extra cell's value after them. */
    public float extraAfter(int k) { return extraAfter[extraOf[k]]; }
    /** What was added into the extra cell (a pair's value, the bias, or both, in that order). */
    public float extraAdded(int k) { return extraAdded[extraOf[k]]; }
    /** 1 (pair sum or bias) or 2 (pair sum then bias). */
    public int extraAdditions(int k) { return extraAdds[extraOf[k]]; }
    /** True when the extra write includes a bias (separable: the last pair's bias; direct: the value's bias). */
    public boolean extraHasBias(int k) { return hasExtra(k) && meta.bias() != null && extraIsBias[extraOf[k]]; }
    /** Additions done up to and including step k. */
    public long additionsAfter(int k) { return k < 0 ? 0 : addSoFar[k]; }
    public long totalMultiplies() { return n; }
    public long totalAdditions() { return additionsAfter(n - 1); }

    /** Shape {C, H, W} of a space, or null when the method has none. */
    public int[] shape(Space s) {
        return switch (s) {
            case INPUT -> new int[] {meta.input().channels(), meta.input().height(), meta.input().width()};
            case INTERMEDIATE -> meta.intermediateShape();
            case PAIR -> meta.pairShape();
            case OUTPUT -> meta.outputShape();
            case NONE -> null;
        };
    }

    /** The weights a standard/depthwise/pointwise step indexes into. */
    public Weights weightsOf(Stage s) {
        return s == Stage.POINTWISE && meta.pointwise() != null ? meta.pointwise() : meta.weights();
    }

    public float[] columns() { return meta.columns(); }
    public float[] rows() { return meta.rows(); }

    /** Index of the first step k ≥ from carrying {@code flag}, or −1. */
    public int nextWith(int from, int flag) {
        for (int k = Math.max(0, from); k < n; k++) if ((flags[k] & flag) != 0) return k;
        return -1;
    }

    /** Index of the last step k ≤ from carrying {@code flag}, or −1. */
    public int previousWith(int from, int flag) {
        for (int k = Math.min(from, n - 1); k >= 0; k--) if ((flags[k] & flag) != 0) return k;
        return -1;
    }

    /** First step index k with multipliesAfter(k) ≥ m, or size() if none. */
    public int stepReachingMultiplies(long m) {
        return (int) Math.max(0, Math.min(n, m - 1));
    }

    /** Growable per-step arrays, filled by the recorder's loops. */
    static final class Builder {
        private final long budget;
        int n;
        byte[] stage, flags, srcSpace, dstSpace;
        short[] srcC, srcY, srcX, dstC, dstY, dstX;
        int[] weightIndex, extraOf;
        float[] weight, value, product, before, partial;
        int extras;
        byte[] extraSpace = new byte[16], extraAdds = new byte[16];
        short[] extraC = new short[16], extraY = new short[16], extraX = new short[16];
        float[] extraBefore = new float[16], extraAfter = new float[16], extraAdded = new float[16];
        boolean[] extraIsBias = new boolean[16];

        Builder(int capacity, long budget) {
            this.budget = budget;
            alloc(Math.max(16, capacity));
        }

        private void alloc(int cap) {
            stage = Arrays.copyOf(stage == null ? new byte[0] : stage, cap);
            flags = Arrays.copyOf(flags == null ? new byte[0] : flags, cap);
            srcSpace = Arrays.copyOf(srcSpace == null ? new byte[0] : srcSpace, cap);
            dstSpace = Arrays.copyOf(dstSpace == null ? new byte[0] : dstSpace, cap);
            srcC = grow(srcC, cap); srcY = grow(srcY, cap); srcX = grow(srcX, cap);
            dstC = grow(dstC, cap); dstY = grow(dstY, cap); dstX = grow(dstX, cap);
            weightIndex = grow(weightIndex, cap);
            int old = extraOf == null ? 0 : extraOf.length;
            extraOf = grow(extraOf, cap);
            Arrays.fill(extraOf, old, cap, -1);
            weight = grow(weight, cap); value = grow(value, cap); product = grow(product, cap);
            before = grow(before, cap); partial = grow(partial, cap);
        }

        private static short[] grow(short[] a, int cap) { return Arrays.copyOf(a == null ? new short[0] : a, cap); }
        private static int[] grow(int[] a, int cap) { return Arrays.copyOf(a == null ? new int[0] : a, cap); }
        private static float[] grow(float[] a, int cap) { return Arrays.copyOf(a == null ? new float[0] : a, cap); }

        /** Appends a multiply step; {@code first} means the target gets its first value (no addition counted). */
        void step(Stage st, boolean padded, Space src, int sc, int sy, int sx, int widx, float w, float v, float p,
                  Space dst, int dc, int dy, int dx, float beforeValue, float after, boolean first) {
            if (n >= budget) throw new TraceBudgetException("the trace would exceed the budget of " + budget + " steps");
            if (n == stage.length) {
                if (n >= budget) throw new TraceBudgetException("the trace would exceed the budget of " + budget + " steps");
                alloc((int) Math.min(budget, (long) n * 2));
            }
            stage[n] = (byte) st.ordinal();
            flags[n] = (byte) ((padded ? PADDED : 0) | (first ? FIRST_WRITE : 0));
            srcSpace[n] = (byte) src.ordinal();
            dstSpace[n] = (byte) dst.ordinal();
            srcC[n] = (short) sc; srcY[n] = (short) sy; srcX[n] = (short) sx;
            dstC[n] = (short) dc; dstY[n] = (short) dy; dstX[n] = (short) dx;
            weightIndex[n] = widx; weight[n] = w; value[n] = v; product[n] = p;
            before[n] = beforeValue; partial[n] = after;
            n++;
        }

        /**
         * Adds {@code added} into cell (dst, c, y, x) (value before → after) as part of step k: a
         * second addition into the same cell as k's existing extra write merges into it.
         */
        void extra(int k, Space dst, int c, int y, int x, float added, float beforeValue, float after, boolean bias) {
            int e = extraOf[k];
            if (e >= 0 && extraSpace[e] == dst.ordinal() && extraC[e] == c && extraY[e] == y && extraX[e] == x) {
                extraAfter[e] = after;
                extraAdded[e] += added;
                extraAdds[e]++;
                extraIsBias[e] |= bias;
                return;
            }
            if (e >= 0) throw new IllegalStateException("step " + k + " already adds into another cell");
            if (extras == extraSpace.length) {
                int cap = extras * 2;
                extraSpace = Arrays.copyOf(extraSpace, cap); extraAdds = Arrays.copyOf(extraAdds, cap);
                extraC = Arrays.copyOf(extraC, cap); extraY = Arrays.copyOf(extraY, cap); extraX = Arrays.copyOf(extraX, cap);
                extraBefore = Arrays.copyOf(extraBefore, cap); extraAfter = Arrays.copyOf(extraAfter, cap);
                extraAdded = Arrays.copyOf(extraAdded, cap); extraIsBias = Arrays.copyOf(extraIsBias, cap);
            }
            e = extras++;
            extraOf[k] = e;
            extraSpace[e] = (byte) dst.ordinal();
            extraC[e] = (short) c; extraY[e] = (short) y; extraX[e] = (short) x;
            extraBefore[e] = beforeValue; extraAfter[e] = after; extraAdded[e] = added;
            extraAdds[e] = 1;
            extraIsBias[e] = bias;
        }

        /** Marks the last appended step with a boundary flag. */
        void mark(int flag) { if (n > 0) flags[n - 1] |= (byte) flag; }
    }
}
