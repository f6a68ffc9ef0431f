package org.convlab.trace;

/**
 * What one traced step does (the loop it comes from). Every step is one multiply; additions that
 * follow a multiply (a bias, a pair's result summed into the output) ride on that step as its
 * {@linkplain Trace#hasExtra extra write}.
 */
public enum Stage {
    /** A tap of a standard convolution: ReferenceConv's inner loop. */
    STANDARD("standard"),
    /** A tap of a grouped convolution (each filter reads only its group's channels). */
    GROUPED("grouped"),
    /** A tap of a depthwise filter (groups = C). */
    DEPTHWISE("depthwise"),
    /** A 1×1 tap: one channel of the column at a pixel times one filter weight. */
    POINTWISE("pointwise"),
    /** A tap of the K_h×1 column pass of a separable pair (SeparableReference.columnPass). */
    COLUMN_PASS("column pass"),
    /** A tap of the 1×K_w row pass of a separable pair (SeparableReference.rowPass). */
    ROW_PASS("row pass");

    private final String label;

    Stage(String label) { this.label = label; }

    public String label() { return label; }

    @Override public String toString() { return label; }
}
