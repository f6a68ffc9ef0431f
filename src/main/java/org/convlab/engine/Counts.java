package org.convlab.engine;

/**
 * Operation counters, incremented by the loops that do the work (per row or block, never
 * computed from a formula afterwards). Not thread-safe: parallel loops count into their own
 * instance and {@link #add(Counts)} them at the end.
 */
public final class Counts {
    private long multiplies;
    private long additions;

    public void addMultiplies(long n) { multiplies += n; }
    public void addAdditions(long n) { additions += n; }
    public void add(Counts o) { multiplies += o.multiplies; additions += o.additions; }

    public long multiplies() { return multiplies; }
    public long additions() { return additions; }

    public Counts copy() {
        Counts c = new Counts();
        c.add(this);
        return c;
    }

    @Override public String toString() { return "Counts[mul=" + multiplies + ", add=" + additions + "]"; }
}
