package org.convlab.engine;

/**
 * Watches the reference loops ({@link ReferenceConv}, {@link SeparableReference} and the pair
 * summing of {@link Convolutions#runReference(ConvRequest, ConvObserver)}) do their work, one
 * multiply at a time, with the values they used: the animation's trace is recorded through it,
 * so there is one reference loop and no copy of it. The loops call an observer only when one is
 * given (a null check per multiply otherwise). All methods default to doing nothing.
 */
public interface ConvObserver {

    /** A direct loop (ReferenceConv) starts: stage 0, or 1 for the pointwise stage of depthwise-separable. */
    default void directStage(int stage) { }

    /**
     * One multiply of ReferenceConv: {@code p = v · w} added to output cell (f, i, j), whose
     * running sum goes from {@code before} to {@code after} ({@code first}: the cell's first term,
     * no addition). (ic, y, x) is the input cell read (outside the input when {@code inside} is false:
     * zero padding, v = 0); {@code widx} the flat index into the weights.
     */
    default void tap(int f, int i, int j, int ic, int y, int x, boolean inside, int widx, float w, float v, float p,
                     float before, float after, boolean first) { }

    /** The bias of filter f added to output cell (f, i, j) after its last tap (direct loops and separable sums). */
    default void bias(int f, int i, int j, float b, float before, float after) { }

    /**
     * One multiply of a column pass (SeparableReference.columnPass) of slice {@code s}: intermediate
     * T[s, i, x] from {@code before} to {@code after}, reading input (ic, y, x) with column weight u.
     */
    default void columnTap(int s, int ic, int i, int x, int y, boolean inside, int u, float w, float v, float p,
                           float before, float after) { }

    /**
     * One multiply of a row pass of slice {@code s}: the pair's value at (i, j) from {@code before}
     * to {@code after}, reading T[s, i, x] with row weight v.
     */
    default void rowTap(int s, int i, int j, int x, boolean inside, int v, float w, float val, float p,
                        float before, float after) { }

    /** The row-pass result of slice s at (i, j) added into output (f, i, j): running sum before → after. */
    default void pairSum(int s, int f, int i, int j, float add, float before, float after) { }

    /** One value of the current loop is complete. */
    default void valueDone() { }

    /** One row of the current loop is complete. */
    default void rowDone() { }

    /** One filter of a direct loop, or one pass of a separable pair, is complete. */
    default void planeDone() { }
}
