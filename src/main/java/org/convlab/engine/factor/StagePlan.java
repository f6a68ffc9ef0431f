package org.convlab.engine.factor;

import java.util.List;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.CostModel;
import org.convlab.engine.Padding;

/**
 * The shapes and settings of each scheme's stages, without weights: the one place that decides
 * how a scheme's chain runs, used both to build factorizations and to cost ranks that were not
 * built (break-even search).
 */
final class StagePlan {
    /** One stage: filters × channelsPerGroup × kH × kW under {@code spec}. */
    record Shape(String name, int filters, int channelsPerGroup, int kH, int kW, ConvSpec spec) {
        int inputChannels() { return channelsPerGroup * spec.groups(); }
    }

    /** The 1×1 stages: stride 1, no padding. */
    static final ConvSpec ONE = new ConvSpec(1, 1, Padding.of(0), 1, 1, 1);

    private StagePlan() { }

    /**
     * The stages of {@code scheme} for an F×C×kH×kW layer run with {@code layer} (groups 1), at
     * rank r (R_in for tucker2) and r2 (R_out, tucker2 only).
     */
    static List<Shape> shapes(Scheme scheme, int f, int c, int kh, int kw, ConvSpec layer, int r, int r2) {
        ConvSpec one = ONE;
        return switch (scheme) {
            case FILTER_SVD -> List.of(
                    new Shape("basis", r, c, kh, kw, layer),
                    new Shape("combine", f, r, 1, 1, one));
            case SPATIAL_SVD -> List.of(
                    new Shape("vertical", r, c, kh, 1, vertical(layer)),
                    new Shape("horizontal", f, r, 1, kw, horizontal(layer)));
            case DEPTHWISE_SEPARABLE -> List.of(
                    new Shape("depthwise", r * c, 1, kh, kw, layer.withGroups(c)),
                    new Shape("pointwise", f, r * c, 1, 1, one));
            case TUCKER2 -> List.of(
                    new Shape("reduce", r, c, 1, 1, one),
                    new Shape("core", r2, r, kh, kw, layer),
                    new Shape("restore", f, r2, 1, 1, one));
        };
    }

    /**
     * The vertical kH×1 stage of spatial-svd: the layer's vertical stride, padding and dilation,
     * nothing horizontally (it keeps the input's width, so the horizontal stage can pad and stride
     * exactly as the layer does). {@code same} padding resolves per axis, so it carries over as is.
     */
    static ConvSpec vertical(ConvSpec layer) {
        Padding p = layer.padding();
        Padding v = p.mode() == Padding.Mode.EXPLICIT ? Padding.of(p.height(), 0) : p;
        return new ConvSpec(layer.strideH(), 1, v, layer.dilationH(), 1, 1);
    }

    /** The horizontal 1×kW stage of spatial-svd: the layer's horizontal stride, padding and dilation. */
    static ConvSpec horizontal(ConvSpec layer) {
        Padding p = layer.padding();
        Padding h = p.mode() == Padding.Mode.EXPLICIT ? Padding.of(0, p.width()) : p;
        return new ConvSpec(1, layer.strideW(), h, 1, layer.dilationW(), 1);
    }

    /** Multiplies of running the stages in order on a C×inH×inW input (the engine's counting conventions). */
    static long multiplies(List<Shape> stages, int inH, int inW) {
        long total = 0;
        int h = inH, w = inW;
        for (Shape s : stages) {
            total += CostModel.standard(s.inputChannels(), h, w, s.filters(), s.kH(), s.kW(), s.spec(), false).multiplies();
            ConvSpec.Geometry g = s.spec().geometry(h, w, s.kH(), s.kW());
            h = g.outH();
            w = g.outW();
        }
        return total;
    }

    /** Weights of all stages. */
    static long parameters(List<Shape> stages) {
        long total = 0;
        for (Shape s : stages) total += (long) s.filters() * s.channelsPerGroup() * s.kH() * s.kW();
        return total;
    }
}
