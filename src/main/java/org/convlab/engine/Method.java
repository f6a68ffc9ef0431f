package org.convlab.engine;

import java.util.Locale;

/** The convolution methods ConvLab computes and animates. */
public enum Method {
    STANDARD("standard"),
    DEPTHWISE("depthwise"),
    POINTWISE("pointwise"),
    DEPTHWISE_SEPARABLE("depthwise-separable"),
    SPATIAL_SEPARABLE("spatial-separable"),
    LOW_RANK("low-rank"),
    /** Grouped convolution: C channels in G groups, each filter sees only its group's C/G channels (G = 1 standard, G = C depthwise). */
    GROUPED("grouped");

    private final String id;

    Method(String id) { this.id = id; }

    /** The name used on the command line and in files, e.g. {@code spatial-separable}. */
    public String id() { return id; }

    public static Method parse(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Method m : values()) if (m.id.equals(t)) return m;
        StringBuilder known = new StringBuilder();
        for (Method m : values()) known.append(known.length() == 0 ? "" : ", ").append(m.id);
        throw new ShapeException("unknown method '" + s + "' (known: " + known + ")");
    }

    @Override public String toString() { return id; }
}
