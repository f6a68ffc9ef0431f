package org.convlab.engine;

/**
 * Per-thread scratch buffers for the fast loops, reused from call to call (grown when a bigger
 * problem comes, never shrunk), so the loops allocate nothing per row or per call. Each worker
 * thread has its own, so blocks running in parallel never share one.
 */
final class Workspace {
    private static final ThreadLocal<Workspace> LOCAL = ThreadLocal.withInitial(Workspace::new);

    private float[] band = new float[0];
    private float[] row = new float[0];
    private float[] zeros = new float[0];

    private Workspace() { }

    static Workspace get() { return LOCAL.get(); }

    /** A buffer of at least n floats for a zero-padded input band (contents undefined). */
    float[] band(int n) {
        if (band.length < n) band = new float[n];
        return band;
    }

    /** A buffer of at least n floats for one padded row (contents undefined). */
    float[] row(int n) {
        if (row.length < n) row = new float[n];
        return row;
    }

    /** At least n zeros (a padding row); callers must not write to it. */
    float[] zeros(int n) {
        if (zeros.length < n) zeros = new float[n];
        return zeros;
    }
}
