package org.convlab.ui.workbench;

import java.util.ArrayList;
import java.util.List;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Cost;
import org.convlab.engine.CostModel;
import org.convlab.engine.Padding;

/**
 * The standard convolution a method is compared with: the same kernel size, stride and dilation,
 * ungrouped, and the padding that gives an output of the SAME height and width as the method's.
 * (A 1×1 pointwise layer with padding 'same' and a 3×3 standard layer without padding make
 * outputs of different sizes; comparing them would print 8.91× where 9× is right.)
 */
public final class StandardComparison {
    private StandardComparison() { }

    /** The standard layer's cost, with the first padding (the method's own first) that matches the output size. */
    public static Cost cost(int inC, int inH, int inW, int filters, int kH, int kW, ConvSpec methodSpec, int outH, int outW) {
        for (ConvSpec s : candidates(methodSpec, kH, kW)) {
            try {
                ConvSpec.Geometry g = s.geometry(inH, inW, kH, kW);
                if (g.outH() == outH && g.outW() == outW) return CostModel.standard(inC, inH, inW, filters, kH, kW, s, false);
            } catch (RuntimeException impossible) {
                // this padding does not fit the geometry; try the next
            }
        }
        return CostModel.standard(inC, inH, inW, filters, kH, kW, methodSpec.withGroups(1), false);
    }

    static List<ConvSpec> candidates(ConvSpec m, int kH, int kW) {
        ConvSpec base = m.withGroups(1);
        List<ConvSpec> out = new ArrayList<>();
        out.add(base);
        int ph = m.dilationH() * (kH - 1), pw = m.dilationW() * (kW - 1);
        Padding p = m.padding();
        int addH = p.mode() == Padding.Mode.EXPLICIT ? p.height() : 0, addW = p.mode() == Padding.Mode.EXPLICIT ? p.width() : 0;
        if (m.strideH() == 1 && m.strideW() == 1) out.add(base.withPadding(Padding.same()));
        // the kernel's half-extent added to the method's own padding (odd kernels: symmetric)
        out.add(base.withPadding(Padding.of(addH + ph / 2, addW + pw / 2)));
        out.add(base.withPadding(Padding.of(addH + (ph + 1) / 2, addW + (pw + 1) / 2)));
        out.add(base.withPadding(Padding.valid()));
        return out;
    }
}
