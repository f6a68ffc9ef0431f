package org.convlab.engine.perf;

/**
 * This machine's two roofs, as measured by {@link MachineProbe}: the multiply rate a
 * compute-bound kernel reaches ({@code gmacs}, 10⁹ multiply-adds per second) and the streaming
 * memory bandwidth ({@code gbs}, 10⁹ bytes per second). A kernel of arithmetic intensity I
 * (multiplies per byte moved, see {@link Traffic}) can reach at most min(gmacs, gbs · I).
 *
 * @param threads  engine threads the probes ran on
 * @param measured when (ISO-8601 UTC) the probes ran
 * @param jvm      the JVM that ran them (a cache from another JVM is measured again)
 */
public record Roofline(double gmacs, double gbs, int threads, String measured, String jvm) {

    public Roofline {
        if (!(gmacs > 0) || !(gbs > 0) || Double.isInfinite(gmacs) || Double.isInfinite(gbs)) {
            throw new IllegalArgumentException("roofs must be finite and > 0, got " + gmacs + " GMAC/s, " + gbs + " GB/s");
        }
        if (threads < 1) throw new IllegalArgumentException("threads must be ≥ 1");
    }

    /** The intensity (MAC/byte) where the bandwidth slope meets the compute roof. */
    public double ridge() { return gmacs / gbs; }

    /** The most GMAC/s a kernel of this intensity can reach here. */
    public double attainable(double intensity) { return Math.min(gmacs, gbs * intensity); }

    /** True when a kernel of this intensity is limited by memory bandwidth (left of the ridge). */
    public boolean memoryBound(double intensity) { return intensity < ridge(); }

    /** A point's measured rate as a fraction of what the roofline allows at its intensity. */
    public double efficiency(double intensity, double measuredGmacs) { return measuredGmacs / attainable(intensity); }
}
