package org.convlab.network.model;

import java.util.List;

/**
 * Which convolution of a model to factor, how and at what rank: {@code LAYER:SCHEME:RANK[:RANK2]}
 * on the command line (RANK2 is Tucker-2's output rank; it defaults to RANK).
 */
public record FactorChoice(String layer, String scheme, List<Integer> ranks) {
    public static final List<String> SCHEMES = List.of("filter-svd", "spatial-svd", "depthwise-separable", "tucker2");

    public FactorChoice {
        ranks = List.copyOf(ranks);
    }

    public int rank() { return ranks.get(0); }

    public int rank2() { return ranks.size() > 1 ? ranks.get(1) : ranks.get(0); }

    public static FactorChoice parse(String s) {
        String[] p = s == null ? new String[0] : s.strip().split(":");
        if (p.length < 3 || p.length > 4 || p[0].isBlank()) {
            throw new IllegalArgumentException("--factor must be LAYER:SCHEME:RANK[:RANK2] (e.g. conv3:filter-svd:8), got '" + s + "'");
        }
        if (!SCHEMES.contains(p[1])) {
            throw new IllegalArgumentException("--factor " + s + ": unknown scheme '" + p[1] + "' (" + String.join(", ", SCHEMES) + ")");
        }
        Integer[] r = new Integer[p.length - 2];
        for (int i = 2; i < p.length; i++) {
            try {
                r[i - 2] = Integer.parseInt(p[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--factor " + s + ": rank '" + p[i] + "' is not a whole number");
            }
            if (r[i - 2] < 1) throw new IllegalArgumentException("--factor " + s + ": rank must be ≥ 1, got " + r[i - 2]);
        }
        if (r.length == 2 && !p[1].equals("tucker2")) {
            throw new IllegalArgumentException("--factor " + s + ": a second rank applies to tucker2 only");
        }
        return new FactorChoice(p[0].strip(), p[1], List.of(r));
    }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder(scheme).append(" rank ").append(rank());
        if (ranks.size() > 1) sb.append(',').append(rank2());
        return sb.toString();
    }
}
