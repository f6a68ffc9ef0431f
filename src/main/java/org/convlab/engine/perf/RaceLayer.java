package org.convlab.engine.perf;

import java.util.List;
import org.convlab.engine.ConvRequest;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.KernelPresets;
import org.convlab.engine.Method;
import org.convlab.engine.Padding;
import org.convlab.engine.Tensor;
import org.convlab.engine.Weights;

/**
 * The real-size layers the measured race and the roofline run through the engine: each has a
 * full method (standard, or direct for the per-channel filter) and a factorized one, plus the
 * stages of the factorized one as separate roofline points.
 */
public enum RaceLayer {
    /** MobileNet's 112×112 block: 32 → 64 channels, 3×3, padding 1. */
    MOBILENET_112("mobilenet-112", "MobileNet block 112×112, 32→64, 3×3"),
    /** The 14×14×512 layer of MobileNet (512 → 512, 3×3, padding 1). */
    LAYER_14("layer-14", "14×14×512 layer, 512→512, 3×3"),
    /** A 7×7 Gaussian on each channel of a 1920×1080 RGB image, padding same. */
    HD_RGB("hd-7x7", "Full-HD RGB filter, 7×7 per channel");

    private final String id;
    private final String label;

    RaceLayer(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() { return id; }

    public String label() { return label; }

    @Override public String toString() { return label; }

    public static RaceLayer parse(String s) {
        for (RaceLayer l : values()) if (l.id.equalsIgnoreCase(s.trim()) || l.name().equalsIgnoreCase(s.trim())) return l;
        throw new IllegalArgumentException("unknown layer '" + s + "' (known: mobilenet-112, layer-14, hd-7x7)");
    }

    /** One thing the engine runs: a name for people and the request. */
    public record Contender(String name, ConvRequest request) { }

    /** The two racers: the full method first, the factorized one second (built fresh, inputs are large). */
    public List<Contender> racers() {
        List<Contender> all = build();
        return List.of(all.get(0), all.get(1));
    }

    /** Everything the roofline places for this layer: the two racers and, for a two-stage method, each stage. */
    public List<Contender> points() { return build(); }

    private List<Contender> build() {
        return switch (this) {
            case MOBILENET_112 -> channels(32, 112, 64, 11);
            case LAYER_14 -> channels(512, 14, 512, 12);
            case HD_RGB -> {
                Tensor in = pattern(3, 1080, 1920);
                float[] g = KernelPresets.create("gaussian", 7, 7, 0);
                Weights w = new Weights(3, 1, 7, 7);
                for (int c = 0; c < 3; c++) System.arraycopy(g, 0, w.data(), c * 49, 49);
                ConvSpec spec = ConvSpec.DEFAULT.withPadding(Padding.same()).withGroups(3);
                yield List.of(new Contender("direct 7×7", ConvRequest.of(Method.DEPTHWISE, in, w, spec)),
                        new Contender("separable 7×1 + 1×7", ConvRequest.of(Method.SPATIAL_SEPARABLE, in, w, spec)));
            }
        };
    }

    private static List<Contender> channels(int c, int side, int f, long seed) {
        Tensor in = pattern(c, side, side);
        ConvSpec pad1 = ConvSpec.DEFAULT.withPadding(Padding.of(1));
        Weights dw = weights(c, 1, 3, 3, seed);
        Weights pw = weights(f, c, 1, 1, seed + 1);
        Weights full = weights(f, c, 3, 3, seed + 2);
        Tensor mid = pattern(c, side, side);
        return List.of(
                new Contender("standard 3×3", ConvRequest.of(Method.STANDARD, in, full, pad1)),
                new Contender("depthwise-separable", ConvRequest.of(Method.DEPTHWISE_SEPARABLE, in, dw, pad1).withPointwise(pw)),
                new Contender("depthwise stage", ConvRequest.of(Method.DEPTHWISE, in, dw, pad1)),
                new Contender("pointwise stage", ConvRequest.of(Method.POINTWISE, mid, pw, ConvSpec.DEFAULT)));
    }

    /** The racers' convolutions as the counting tools see them (shapes only, nothing is allocated), full method first. */
    public List<List<Conventions.Conv>> convs(boolean bias) {
        return switch (this) {
            case MOBILENET_112 -> List.of(Conventions.standard(32, 112, 112, 64, 3, 3, PAD1, bias),
                    Conventions.depthwiseSeparable(32, 112, 112, 64, 3, 3, PAD1, bias));
            case LAYER_14 -> List.of(Conventions.standard(512, 14, 14, 512, 3, 3, PAD1, bias),
                    Conventions.depthwiseSeparable(512, 14, 14, 512, 3, 3, PAD1, bias));
            case HD_RGB -> {
                ConvSpec g3 = ConvSpec.DEFAULT.withGroups(3);
                yield List.of(List.of(new Conventions.Conv(3, 1080, 1920, 3, 7, 7, g3.withPadding(Padding.of(3)), bias)),
                        List.of(new Conventions.Conv(3, 1080, 1920, 3, 7, 1, g3.withPadding(Padding.of(3, 0)), false),
                                new Conventions.Conv(3, 1080, 1920, 3, 1, 7, g3.withPadding(Padding.of(0, 3)), bias)));
            }
        };
    }

    private static final ConvSpec PAD1 = ConvSpec.DEFAULT.withPadding(Padding.of(1));

    /** A deterministic smooth pattern in [0, 1]. */
    static Tensor pattern(int c, int h, int w) {
        Tensor t = new Tensor(c, h, w);
        float[] d = t.data();
        for (int ch = 0; ch < c; ch++) for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            d[(ch * h + y) * w + x] = (float) (0.5 + 0.25 * Math.sin(x * 0.031 + ch) + 0.25 * Math.cos(y * 0.017 * (ch % 7 + 1)));
        }
        return t;
    }

    /** Deterministic weights in [−1, 1] (an LCG; the values do not matter for timing; reproducible across runs). */
    public static Weights weights(int f, int cg, int kh, int kw, long seed) {
        Weights w = new Weights(f, cg, kh, kw);
        long s = seed * 0x9E3779B97F4A7C15L;
        float[] d = w.data();
        for (int i = 0; i < d.length; i++) {
            s = s * 6364136223846793005L + 1442695040888963407L;
            d[i] = ((s >>> 40) / (float) (1 << 24)) * 2 - 1;
        }
        return w;
    }
}
