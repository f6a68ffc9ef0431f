package org.convlab.engine.perf;

import java.util.Arrays;
import org.convlab.engine.ConvRequest;
import org.convlab.engine.ConvResult;
import org.convlab.engine.Convolutions;

/** Wall-clock timing of engine runs ({@link Convolutions#run}, the fast paths). */
public final class Timing {
    private Timing() { }

    /** One run: its wall time and what the engine counted. */
    public record Run(long nanos, long multiplies) { }

    /** One run of {@code r}, timed. */
    public static Run once(ConvRequest r) {
        long t0 = System.nanoTime();
        ConvResult res = Convolutions.run(r);
        long ns = Math.max(1, System.nanoTime() - t0);
        return new Run(ns, res.counts().multiplies());
    }

    /**
     * A point for the roofline: {@code warmup} untimed runs, then the median of {@code runs}
     * timed runs. Stops early (and throws {@link InterruptedException}) when the thread is interrupted.
     */
    public static Point point(String name, ConvRequest r, int warmup, int runs) throws InterruptedException {
        if (runs < 1) throw new IllegalArgumentException("runs must be ≥ 1");
        long macs = 0;
        for (int i = 0; i < warmup; i++) {
            macs = once(r).multiplies();
            if (Thread.interrupted()) throw new InterruptedException();
        }
        long[] ns = new long[runs];
        for (int i = 0; i < runs; i++) {
            Run run = once(r);
            ns[i] = run.nanos();
            macs = run.multiplies();
            if (Thread.interrupted()) throw new InterruptedException();
        }
        Arrays.sort(ns);
        return new Point(name, r.method().id(), macs, Traffic.bytes(r), ns[runs / 2]);
    }

    /**
     * A measured point: what ran, its counted multiplies, bytes moved ({@link Traffic}) and the
     * median wall time of one run.
     */
    public record Point(String name, String method, long multiplies, long bytes, long nanos) {
        public double intensity() { return Traffic.intensity(multiplies, bytes); }

        /** Measured 10⁹ multiply-adds per second. */
        public double gmacs() { return (double) multiplies / nanos; }

        public double millis() { return nanos / 1e6; }
    }
}
