package org.convlab.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Cost;
import org.convlab.engine.CostModel;
import org.convlab.engine.Padding;

/**
 * Costs a whole network with {@link CostModel}, layer by layer.
 *
 * <p>Conventions, chosen because they reproduce the MobileNets paper (docs/NETWORKS.md):
 * <ul>
 *   <li>mult-adds = the multiplies of the weighted layers (conv, dw, pw, fc); the average pool
 *       has no weights and is not counted (its additions are listed);</li>
 *   <li>parameters = weights only: no biases, no batch-norm (folded into the weights);</li>
 *   <li>the fully connected layer is counted;</li>
 *   <li>width multiplier α: every layer's channel count C becomes ⌊α·C⌋ (at least 1); the input
 *       image channels and the fc outputs (the classes) stay;</li>
 *   <li>resolution: the input is resolution × resolution; padding "same" gives ceil(n/s).</li>
 * </ul>
 */
public final class NetworkCostModel {
    public static final int MAX_RESOLUTION = 4096;

    private NetworkCostModel() { }

    /** The channel count ⌊α·c⌋, at least 1; a tiny tolerance keeps 0.29·100 at 29. */
    public static int scale(int c, double alpha) {
        return Math.max(1, (int) Math.floor(alpha * c + 1e-9));
    }

    public static void checkAlpha(double alpha) {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("width multiplier alpha must be in (0, 1], got " + alpha);
        }
    }

    public static NetworkCost compute(NetworkSpec spec, double alpha, int resolution) {
        checkAlpha(alpha);
        if (resolution < 1 || resolution > MAX_RESOLUTION) {
            throw new IllegalArgumentException("resolution must be between 1 and " + MAX_RESOLUTION + ", got " + resolution);
        }
        List<LayerCost> layers = new ArrayList<>();
        List<LayerCost> standardLayers = new ArrayList<>();
        List<BlockCost> blocks = new ArrayList<>();
        FeatureShape shape = new FeatureShape(resolution, resolution, spec.channels());
        List<LayerSpec> ls = spec.layers();
        int block = 0;
        for (int i = 0; i < ls.size(); i++) {
            LayerSpec l = ls.get(i);
            boolean pool = l.type() == LayerType.AVGPOOL;
            if (!pool) block++;
            LayerCost a = cost(spec, i, pool ? 0 : block, l, shape, alpha);
            layers.add(a);
            boolean pair = l.type() == LayerType.DEPTHWISE && i + 1 < ls.size()
                    && ls.get(i + 1).type() == LayerType.POINTWISE && ls.get(i + 1).stride() == 1;
            if (!pair) {
                shape = a.output();
                standardLayers.add(a);
                if (pool) continue;
                blocks.add(new BlockCost(block, block + " " + shortName(a), false, a.input(), a.output(),
                        a.multAdds(), a.parameters(), a.multAdds(), a.parameters()));
                continue;
            }
            LayerCost b = cost(spec, i + 1, block, ls.get(i + 1), a.output(), alpha);
            layers.add(b);
            LayerCost full = fullConv(spec, i, block, l, ls.get(i + 1), shape, alpha);
            standardLayers.add(full);
            blocks.add(new BlockCost(block, block + " dw+pw " + a.output().height() + "²", true, a.input(), b.output(),
                    a.multAdds() + b.multAdds(), a.parameters() + b.parameters(), full.multAdds(), full.parameters()));
            shape = b.output();
            i++;
        }
        return new NetworkCost(spec, alpha, resolution, List.copyOf(layers), List.copyOf(standardLayers), List.copyOf(blocks),
                total(layers), total(standardLayers), shares(layers), shares(standardLayers));
    }

    private static String shortName(LayerCost a) {
        return switch (a.type()) {
            case FC -> "fc";
            case CONV -> "conv " + a.output().height() + "²";
            case DEPTHWISE -> "dw " + a.output().height() + "²";
            case POINTWISE -> "pw " + a.output().height() + "²";
            case AVGPOOL -> "pool";
        };
    }

    private static ConvSpec spec(LayerSpec l, int k) {
        ConvSpec s = ConvSpec.DEFAULT.withStride(l.stride(), l.stride());
        if (l.padding() == LayerSpec.SAME) {
            return s.withPadding(l.stride() == 1 ? Padding.same() : Padding.of((k - 1) / 2));
        }
        return s.withPadding(Padding.of(l.padding()));
    }

    private static LayerCost cost(NetworkSpec net, int i, int block, LayerSpec l, FeatureShape in, double alpha) {
        String at = "layer " + (i + 1) + " (" + l.type().key() + ")";
        try {
            return switch (l.type()) {
                case CONV -> {
                    int f = l.scaled() ? scale(l.filters(), alpha) : l.filters();
                    int k = l.kernel();
                    Cost c = CostModel.standard(in.channels(), in.height(), in.width(), f, k, k, spec(l, k), false);
                    ConvSpec.Geometry g = spec(l, k).geometry(in.height(), in.width(), k, k);
                    yield new LayerCost(i + 1, block, l.type(), k == 1 ? "Conv 1×1" : "Conv " + k + "×" + k,
                            "Conv / s" + l.stride(), k + "×" + k + "×" + in.channels() + "×" + f, in,
                            new FeatureShape(g.outH(), g.outW(), f), c);
                }
                case DEPTHWISE -> {
                    int k = l.kernel();
                    Cost c = CostModel.depthwise(in.channels(), in.height(), in.width(), 1, k, k, spec(l, k), false);
                    ConvSpec.Geometry g = spec(l, k).withGroups(in.channels()).geometry(in.height(), in.width(), k, k);
                    yield new LayerCost(i + 1, block, l.type(), "Conv DW " + k + "×" + k, "Conv dw / s" + l.stride(),
                            k + "×" + k + "×" + in.channels() + " dw", in, new FeatureShape(g.outH(), g.outW(), in.channels()), c);
                }
                case POINTWISE -> {
                    int f = l.scaled() ? scale(l.filters(), alpha) : l.filters();
                    ConvSpec s = ConvSpec.DEFAULT.withStride(l.stride(), l.stride());
                    Cost c = l.stride() == 1 ? CostModel.pointwise(in.channels(), in.height(), in.width(), f, false)
                            : CostModel.standard(in.channels(), in.height(), in.width(), f, 1, 1, s, false);
                    ConvSpec.Geometry g = s.geometry(in.height(), in.width(), 1, 1);
                    yield new LayerCost(i + 1, block, l.type(), "Conv 1×1", "Conv / s" + l.stride(),
                            "1×1×" + in.channels() + "×" + f, in, new FeatureShape(g.outH(), g.outW(), f), c);
                }
                case AVGPOOL -> {
                    int kh = l.kernel() == 0 ? in.height() : l.kernel(), kw = l.kernel() == 0 ? in.width() : l.kernel();
                    int oh = ConvSpec.outputSize("height", in.height(), kh, l.stride(), 1, 0, 0);
                    int ow = ConvSpec.outputSize("width", in.width(), kw, l.stride(), 1, 0, 0);
                    long adds = (long) in.channels() * oh * ow * ((long) kh * kw - 1);
                    Cost c = new Cost(0, adds, 0, "not counted (no weights); C·H_out·W_out·(K_h·K_w − 1) additions",
                            in.channels() + "·" + oh + "·" + ow + "·(" + kh + "·" + kw + " − 1)");
                    yield new LayerCost(i + 1, block, l.type(), "Avg pool", "Avg Pool / s" + l.stride(),
                            "Pool " + kh + "×" + kw, in, new FeatureShape(oh, ow, in.channels()), c);
                }
                case FC -> {
                    int n = l.scaled() ? scale(l.filters(), alpha) : l.filters();
                    long inputs = (long) in.height() * in.width() * in.channels();
                    Cost c = new Cost(n * inputs, n * (inputs - 1), n * inputs, "outputs·inputs", n + "·" + inputs);
                    yield new LayerCost(i + 1, block, l.type(), "Fully connected", "FC / s1", inputs + "×" + n, in,
                            new FeatureShape(1, 1, n), c);
                }
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(net.name() + ": " + at + " on input " + in + ": " + e.getMessage(), e);
        }
    }

    /** The full K×K convolution replacing depthwise {@code dw} followed by pointwise {@code pw}. */
    private static LayerCost fullConv(NetworkSpec net, int i, int block, LayerSpec dw, LayerSpec pw, FeatureShape in, double alpha) {
        LayerSpec conv = new LayerSpec(LayerType.CONV, dw.kernel(), dw.stride(), dw.padding(), pw.filters(), pw.scaled());
        LayerCost c = cost(net, i, block, conv, in, alpha);
        return new LayerCost(c.index(), block, LayerType.CONV, c.category(), c.label(), c.filterShape(), c.input(), c.output(), c.cost());
    }

    private static Cost total(List<LayerCost> layers) {
        long m = 0, a = 0, p = 0;
        for (LayerCost l : layers) {
            m += l.cost().multiplies();
            a += l.cost().additions();
            p += l.cost().parameters();
        }
        return new Cost(m, a, p, "sum over " + layers.size() + " layers", "");
    }

    private static int rank(String category) {
        if (category.equals("Conv 1×1")) return 0;
        if (category.startsWith("Conv DW")) return 1;
        if (category.startsWith("Conv")) return 2;
        if (category.equals("Fully connected")) return 3;
        return 4;
    }

    private static List<Share> shares(List<LayerCost> layers) {
        Map<String, long[]> by = new LinkedHashMap<>();
        long m = 0, p = 0;
        for (LayerCost l : layers) {
            if (l.multAdds() == 0 && l.parameters() == 0) continue;
            long[] v = by.computeIfAbsent(l.category(), k -> new long[2]);
            v[0] += l.multAdds();
            v[1] += l.parameters();
            m += l.multAdds();
            p += l.parameters();
        }
        List<Share> out = new ArrayList<>();
        for (Map.Entry<String, long[]> e : by.entrySet()) {
            long[] v = e.getValue();
            out.add(new Share(e.getKey(), v[0], v[1], m == 0 ? 0 : 100.0 * v[0] / m, p == 0 ? 0 : 100.0 * v[1] / p));
        }
        out.sort(java.util.Comparator.comparingInt((Share s) -> rank(s.category())));
        return List.copyOf(out);
    }
}
