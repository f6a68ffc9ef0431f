package org.convlab.trace;

/** The tensors a step reads from and writes to. */
public enum Space {
    /** The (unpadded) input; padded cells have coordinates outside it. */
    INPUT,
    /**
     * The intermediate: the depthwise output of depthwise-separable ((m·C)×H_out×W_out) or the
     * column-pass results of the separable methods ((F·Cg·r)×H_out×W_in, slice order f, c, i).
     */
    INTERMEDIATE,
    /** The row-pass result of one separable pair before it is summed in ((F·Cg·r)×H_out×W_out). */
    PAIR,
    /** The output F×H_out×W_out. */
    OUTPUT,
    /** No source (bias steps). */
    NONE
}
