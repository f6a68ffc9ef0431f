package org.convlab.trace;

/** What one traced step does (the loop it comes from). */
public enum Stage {
    /** A tap of a standard (possibly grouped) convolution: ReferenceConv's inner loop. */
    STANDARD("standard"),
    /** A tap of a depthwise filter (groups = C). */
    DEPTHWISE("depthwise"),
    /** A 1×1 tap: one channel of the column at a pixel times one filter weight. */
    POINTWISE("pointwise"),
    /** A tap of the K_h×1 column pass of a separable pair (SeparableReference.columnPass). */
    COLUMN_PASS("column pass"),
    /** A tap of the 1×K_w row pass of a separable pair (SeparableReference.rowPass). */
    ROW_PASS("row pass"),
    /** Adding one pair's row-pass result into the output map (low-rank and multi-channel sums). */
    PAIR_SUM("pair sum"),
    /** Adding the bias of the filter to an output value. */
    BIAS("bias");

    private final String label;

    Stage(String label) { this.label = label; }

    public String label() { return label; }

    /** True when the step is a multiply (the others are pure additions). */
    public boolean isMultiply() { return this != PAIR_SUM && this != BIAS; }

    @Override public String toString() { return label; }
}
