package org.convlab.engine;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Shared constants of the Vector API kernels (loaded only when {@link VectorPath#active()}).
 * Every kernel computes each output value as the same sequence of fused multiply-adds,
 * whichever kernel, vector lane or scalar tail ({@link Math#fma}) computes it, so results are
 * bit-identical for any split of the work between threads.
 */
final class Vec {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    static final int LANES = S.length();

    private Vec() { }

    /** Stores v at o[off..off+n) (n ≤ LANES): whole vector when it fits, else via {@code tail}. */
    static void store(FloatVector v, float[] o, int off, int n, float[] tail) {
        if (n >= LANES) {
            v.intoArray(o, off);
        } else {
            v.intoArray(tail, 0);
            System.arraycopy(tail, 0, o, off, n);
        }
    }
}
