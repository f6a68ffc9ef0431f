package org.convlab.network;

/**
 * One layer of a network file, before the width multiplier and resolution are applied.
 *
 * @param type      what the layer does
 * @param kernel    kernel size K (K×K); 1 for pointwise and fully connected; 0 for a global pool
 * @param stride    stride in both directions
 * @param padding   zero padding on each side, or −1 for "same-size" padding d(K−1)/2, which gives
 *                  TensorFlow's 'SAME' output size ceil(n/s) for odd K
 * @param filters   output channels (conv, pw) or outputs (fc); 0 where the layer keeps its channels
 * @param scaled    whether the width multiplier α applies to {@code filters} (true for conv and pw;
 *                  false by default for fc, whose outputs are the classes)
 */
public record LayerSpec(LayerType type, int kernel, int stride, int padding, int filters, boolean scaled) {
    public static final int SAME = -1;

    public LayerSpec {
        if (type == null) throw new IllegalArgumentException("layer type is missing");
        if (kernel < 0) throw new IllegalArgumentException("kernel must be ≥ 1, got " + kernel);
        if (stride < 1) throw new IllegalArgumentException("stride must be ≥ 1, got " + stride);
        if (padding < SAME) throw new IllegalArgumentException("padding must be ≥ 0 or 'same', got " + padding);
        if (filters < 0) throw new IllegalArgumentException("filters must be ≥ 1, got " + filters);
    }

    public static LayerSpec conv(int k, int stride, int filters) { return new LayerSpec(LayerType.CONV, k, stride, SAME, filters, true); }
    public static LayerSpec dw(int k, int stride) { return new LayerSpec(LayerType.DEPTHWISE, k, stride, SAME, 0, true); }
    public static LayerSpec pw(int filters) { return new LayerSpec(LayerType.POINTWISE, 1, 1, 0, filters, true); }
    public static LayerSpec globalAvgPool() { return new LayerSpec(LayerType.AVGPOOL, 0, 1, 0, 0, false); }
    public static LayerSpec fc(int outputs) { return new LayerSpec(LayerType.FC, 1, 1, 0, outputs, false); }
}
