package org.convlab.network;

/**
 * The layer kinds of the MobileNets paper's Table 1, as they appear in a network file
 * (see docs/NETWORKS.md): full convolution, depthwise, pointwise (1×1), average pool and
 * fully connected.
 */
public enum LayerType {
    CONV("conv"), DEPTHWISE("dw"), POINTWISE("pw"), AVGPOOL("avgpool"), FC("fc");

    private final String key;

    LayerType(String key) { this.key = key; }

    /** The name used in network files and JSON output. */
    public String key() { return key; }

    public static LayerType fromKey(String s) {
        for (LayerType t : values()) {
            if (t.key.equalsIgnoreCase(s)) return t;
        }
        throw new IllegalArgumentException("unknown layer type '" + s + "' (expected conv, dw, pw, avgpool or fc)");
    }
}
