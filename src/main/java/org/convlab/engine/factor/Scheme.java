package org.convlab.engine.factor;

import java.util.Locale;
import org.convlab.engine.ShapeException;

/**
 * The whole-layer factorizations of an F×C×kH×kW weight tensor, each a chain of ordinary
 * convolutions (see {@link LayerFactorizer} for the construction of each).
 */
public enum Scheme {
    /** W as an F×(C·kH·kW) matrix at rank r: r filters C×kH×kW, then 1×1 r→F (Denton 2014, Zhang 2016). */
    FILTER_SVD("filter-svd"),
    /** W as a (C·kH)×(kW·F) matrix at rank r: kH×1 C→r, then 1×kW r→F (Jaderberg 2014, scheme 2). */
    SPATIAL_SVD("spatial-svd"),
    /** Each W[:, c] as an F×(kH·kW) matrix at rank m: depthwise with multiplier m, then 1×1 m·C→F. */
    DEPTHWISE_SEPARABLE("depthwise-separable"),
    /** HOSVD of the two channel modes: 1×1 C→R_in, kH×kW R_in→R_out, 1×1 R_out→F (Kim 2016). */
    TUCKER2("tucker2");

    private final String id;

    Scheme(String id) { this.id = id; }

    /** The name used on the command line and in files, e.g. {@code filter-svd}. */
    public String id() { return id; }

    /** The scheme named {@code id} (case and {@code _}/{@code -} insensitive); the message lists the known ones. */
    public static Scheme parse(String id) {
        String t = id == null ? "" : id.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Scheme s : values()) if (s.id.equals(t)) return s;
        StringBuilder known = new StringBuilder();
        for (Scheme s : values()) known.append(known.length() == 0 ? "" : ", ").append(s.id);
        throw new ShapeException("unknown scheme '" + id + "' (known: " + known + ")");
    }

    @Override public String toString() { return id; }
}
