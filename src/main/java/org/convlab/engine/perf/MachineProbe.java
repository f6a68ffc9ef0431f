package org.convlab.engine.perf;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.convlab.engine.Counts;
import org.convlab.engine.Parallel;

/**
 * Measures this machine's two roofs in one to two seconds, on the engine's own threads
 * ({@link Parallel}): the multiply rate of a compute-bound kernel and the streaming memory
 * bandwidth. Both are plain Java loops the JIT compiles like the engine's own, so the roofs are
 * what Java code on this machine can reach, not the CPU's data-sheet peak.
 *
 * <ul>
 *   <li><b>Compute</b>: eight-tap multiply-adds, {@code y[i] += a_0·x_0[i] + … + a_7·x_7[i]} over
 *       rows of 512 floats that stay in the L1 cache (the shape of the engine's row loops), each
 *       thread on its own arrays; best of several rounds.</li>
 *   <li><b>Bandwidth</b>: a 96 MB int array (larger than the caches) summed in one pass (96 MB
 *       read), and half of it copied onto the other half (48 MB read + 48 MB written); the faster
 *       of the two, best of several rounds.</li>
 * </ul>
 */
public final class MachineProbe {
    /** Bumped when the probes change, so older cached measurements are not reused. */
    static final int VERSION = 2;
    private static final int ROW = 512;
    private static final int TAPS = 8;
    private static final int ROUNDS = 10;
    private static final int BIG = 24 * 1024 * 1024; // ints: 96 MB

    private MachineProbe() { }

    /** Runs both probes (about a second on a small machine). */
    public static Roofline measure() {
        double gmacs = computeGmacs(1.0);
        double gbs = bandwidthGbs(0.8);
        return new Roofline(gmacs, gbs, Parallel.threads(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), jvm());
    }

    /** The JVM that runs this code, as stored with a measurement. */
    public static String jvm() {
        return System.getProperty("java.vm.name", "?") + " " + Runtime.version() + " · probe " + VERSION;
    }

    /** Multiply-adds per second (10⁹) over all engine threads, in about {@code seconds}. */
    static double computeGmacs(double seconds) {
        int t = Parallel.threads();
        long reps = 2_000;
        for (int i = 0; i < 12; i++) runCompute(t, reps / 4); // JIT warm-up: compiled before anything is timed
        long t0 = System.nanoTime();
        runCompute(t, reps);
        long one = Math.max(1, System.nanoTime() - t0);
        reps = Math.max(reps, (long) (reps * (seconds / ROUNDS * 1e9) / one));
        double best = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long s = System.nanoTime();
            runCompute(t, reps);
            long ns = Math.max(1, System.nanoTime() - s);
            best = Math.max(best, (double) t * reps * ROW * TAPS / ns);
        }
        return best;
    }

    private static void runCompute(int threads, long reps) {
        Counts c = new Counts();
        float[] sink = new float[threads];
        Parallel.run(threads, Long.MAX_VALUE / 4, c, (i, counts) -> sink[i] = fma(reps, i));
        float s = 0;
        for (float v : sink) s += v;
        if (s == 12345.678f) System.out.print(""); // keeps the result alive
    }

    /** The compute kernel on one thread's own arrays; returns a value that depends on all of them. */
    static float fma(long reps, int seed) {
        float[][] x = new float[TAPS][ROW];
        float[] y = new float[ROW];
        for (int j = 0; j < TAPS; j++) for (int i = 0; i < ROW; i++) x[j][i] = 1e-4f * ((i + j + seed) % 17);
        float[] x0 = x[0], x1 = x[1], x2 = x[2], x3 = x[3], x4 = x[4], x5 = x[5], x6 = x[6], x7 = x[7];
        float a0 = 0.5f, a1 = 0.25f, a2 = 0.125f, a3 = 0.0625f, a4 = -0.5f, a5 = -0.25f, a6 = -0.125f, a7 = 0.03125f;
        for (long r = 0; r < reps; r++) {
            for (int i = 0; i < ROW; i++) {
                y[i] += a0 * x0[i] + a1 * x1[i] + a2 * x2[i] + a3 * x3[i] + a4 * x4[i] + a5 * x5[i] + a6 * x6[i] + a7 * x7[i];
            }
        }
        return y[seed % ROW] + y[7] + y[ROW - 1];
    }

    /** Streaming bandwidth (10⁹ bytes per second), in about {@code seconds}. */
    static double bandwidthGbs(double seconds) {
        int[] big = new int[BIG];
        for (int i = 0; i < BIG; i += 1024) big[i] = i; // touch every page
        int t = Parallel.threads();
        double best = 0;
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int rounds = 0;
        while (rounds < 3 || (System.nanoTime() < end && rounds < 40)) {
            long s = System.nanoTime();
            long sum = sumAll(big, t);
            double read = (double) BIG * 4 / Math.max(1, System.nanoTime() - s);
            s = System.nanoTime();
            copyHalf(big, t);
            double copy = (double) BIG * 4 / Math.max(1, System.nanoTime() - s); // half read + half written
            if (rounds >= 1) best = Math.max(best, Math.max(read, copy)); // round 0 is the JIT warm-up
            if (sum == Long.MIN_VALUE) System.out.print("");
            rounds++;
        }
        return best;
    }

    private static long sumAll(int[] a, int threads) {
        long[] part = new long[threads];
        int chunk = (a.length + threads - 1) / threads;
        Parallel.run(threads, Long.MAX_VALUE / 4, new Counts(), (i, c) -> {
            int from = i * chunk, to = Math.min(a.length, from + chunk);
            int s = 0;
            for (int k = from; k < to; k++) s += a[k];
            part[i] = s;
        });
        long s = 0;
        for (long p : part) s += p;
        return s;
    }

    private static void copyHalf(int[] a, int threads) {
        int half = a.length / 2;
        int chunk = (half + threads - 1) / threads;
        Parallel.run(threads, Long.MAX_VALUE / 4, new Counts(), (i, c) -> {
            int from = i * chunk, len = Math.min(half, from + chunk) - from;
            if (len > 0) System.arraycopy(a, from, a, half + from, len);
        });
    }
}
