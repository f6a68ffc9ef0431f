package org.convlab.engine;

/**
 * Per-thread scratch buffers for the fast loops, reused from call to call (grown when a bigger
 * problem comes, never shrunk), so the loops allocate nothing per row or per call. Each worker
 * thread has its own, so blocks running in parallel never share one.
 *
 * <p>Every buffer is its own array starting at index 0: HotSpot C2 (JDK 17) only vectorizes a
 * loop when all its array accesses use the same index expression, so the fast loops work on
 * {@code a[j]}, {@code b[j]}, ... of separate arrays rather than on offsets into one array.
 */
final class Workspace {
    private static final ThreadLocal<Workspace> LOCAL = ThreadLocal.withInitial(Workspace::new);

    private float[][] rows = new float[0][];
    private final float[][] shifted = new float[4][0];
    private float[] acc = new float[0];
    private float[] row = new float[0];
    private float[] flat = new float[0];
    private float[] tail = new float[0];
    private int[] ints = new int[0];

    private Workspace() { }

    static Workspace get() { return LOCAL.get(); }

    /** At least {@code count} arrays of at least {@code len} floats each (contents undefined). */
    float[][] rows(int count, int len) {
        if (rows.length < count) {
            float[][] r = new float[count][];
            System.arraycopy(rows, 0, r, 0, rows.length);
            rows = r;
        }
        for (int i = 0; i < count; i++) if (rows[i] == null || rows[i].length < len) rows[i] = new float[len];
        return rows;
    }

    /** Scratch k (0..3) for a shifted copy of a source row, at least n floats. */
    float[] shifted(int k, int n) {
        if (shifted[k].length < n) shifted[k] = new float[n];
        return shifted[k];
    }

    /** The accumulator for one output row or block, at least n floats. */
    float[] acc(int n) {
        if (acc.length < n) acc = new float[n];
        return acc;
    }

    /** One flat buffer (the Vector API kernels' band of padded rows), at least n floats. */
    float[] flat(int n) {
        if (flat.length < n) flat = new float[n];
        return flat;
    }

    /** A small buffer for the last, partial vector of a row, at least n floats. */
    float[] tail(int n) {
        if (tail.length < n) tail = new float[n];
        return tail;
    }

    /** Tap offsets (the Vector API kernels' flat tap loops), at least n ints. */
    int[] ints(int n) {
        if (ints.length < n) ints = new int[n];
        return ints;
    }

    /** One padded intermediate row, at least n floats. */
    float[] row(int n) {
        if (row.length < n) row = new float[n];
        return row;
    }
}
