package org.convlab.trace;

import org.convlab.engine.Tensor;

/**
 * Replays a {@link Trace} (each step writes its running sum, and its extra write if it has one): the values of the intermediate, pair and output tensors after the
 * first {@link #position()} steps. Moving forward writes each step's partial sum into its
 * target; moving back restores the value the step found ({@link Trace#before}), so any jump
 * costs only the steps in between and never recomputes arithmetic.
 */
public final class TraceCursor {
    private final Trace trace;
    private final float[][] values = new float[Space.values().length][];
    private final boolean[][] written = new boolean[Space.values().length][];
    private final int[][] shapes = new int[Space.values().length][];
    private int position;

    public TraceCursor(Trace trace) {
        this.trace = trace;
        for (Space s : new Space[] {Space.INTERMEDIATE, Space.PAIR, Space.OUTPUT}) {
            int[] sh = trace.shape(s);
            if (sh == null) continue;
            shapes[s.ordinal()] = sh;
            values[s.ordinal()] = new float[sh[0] * sh[1] * sh[2]];
            written[s.ordinal()] = new boolean[sh[0] * sh[1] * sh[2]];
        }
    }

    public Trace trace() { return trace; }

    /** Steps applied so far (0 … size). Step {@code position − 1} is the one just done. */
    public int position() { return position; }

    /** Moves to {@code p} (clamped to 0 … size). */
    public void seek(int p) {
        int target = Math.max(0, Math.min(trace.size(), p));
        while (position < target) apply(position++);
        while (position > target) undo(--position);
    }

    private int index(int k) {
        int[] sh = shapes[trace.targetSpace(k).ordinal()];
        return (trace.targetC(k) * sh[1] + trace.targetY(k)) * sh[2] + trace.targetX(k);
    }

    private int extraIndex(int k) {
        int[] sh = shapes[trace.extraSpace(k).ordinal()];
        return (trace.extraC(k) * sh[1] + trace.extraY(k)) * sh[2] + trace.extraX(k);
    }

    private void apply(int k) {
        int s = trace.targetSpace(k).ordinal(), i = index(k);
        values[s][i] = trace.partial(k);
        written[s][i] = true;
        if (trace.hasExtra(k)) {
            int es = trace.extraSpace(k).ordinal();
            values[es][extraIndex(k)] = trace.extraAfter(k);
            written[es][extraIndex(k)] = true;
        }
    }

    private void undo(int k) {
        if (trace.hasExtra(k)) values[trace.extraSpace(k).ordinal()][extraIndex(k)] = trace.extraBefore(k);
        int s = trace.targetSpace(k).ordinal(), i = index(k);
        values[s][i] = trace.before(k);
        if (trace.has(k, Trace.FIRST_WRITE)) written[s][i] = false;
    }

    /** Current value of a cell of INTERMEDIATE, PAIR or OUTPUT (0 if never written). */
    public float value(Space s, int c, int y, int x) {
        int[] sh = shapes[s.ordinal()];
        return values[s.ordinal()][(c * sh[1] + y) * sh[2] + x];
    }

    /** True when some step up to now has written the cell. */
    public boolean written(Space s, int c, int y, int x) {
        int[] sh = shapes[s.ordinal()];
        return written[s.ordinal()][(c * sh[1] + y) * sh[2] + x];
    }

    /** The raw current values of a space (do not modify), layout (c·H + y)·W + x; null if absent. */
    public float[] values(Space s) { return values[s.ordinal()]; }

    /** A copy of the current state of a space as a tensor (null if the method has none). */
    public Tensor snapshot(Space s) {
        int[] sh = shapes[s.ordinal()];
        return sh == null ? null : new Tensor(sh[0], sh[1], sh[2], values[s.ordinal()].clone());
    }

    public long multiplies() { return trace.multipliesAfter(position - 1); }
    public long additions() { return trace.additionsAfter(position - 1); }
}
