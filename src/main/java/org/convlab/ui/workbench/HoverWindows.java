package org.convlab.ui.workbench;

import java.util.List;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Method;

/**
 * Which input pixels made one output value: the (dilated) window the kernel covered, on the
 * channels it read. Standard, pointwise, separable and low-rank read every input channel;
 * depthwise reads only the channel the output plane belongs to, grouped only its group's channels
 * (G = {@code spec.groups()}).
 */
public final class HoverWindows {
    private HoverWindows() { }

    /**
     * @return boxes {channel or −1 for all, y0, x0, height, width} in input coordinates (they may
     *         start in the padding, above or left of the image)
     */
    public static List<int[]> input(Method m, int inC, int inH, int inW, int outC, int kH, int kW, ConvSpec spec,
                                    int c, int y, int x) {
        int kh = m == Method.POINTWISE ? 1 : kH, kw = m == Method.POINTWISE ? 1 : kW;
        ConvSpec.Geometry g = spec.geometry(inH, inW, kh, kw);
        int y0 = y * spec.strideH() - g.padTop(), x0 = x * spec.strideW() - g.padLeft();
        int h = spec.dilationH() * (kh - 1) + 1, w = spec.dilationW() * (kw - 1) + 1;
        if (m == Method.GROUPED && spec.groups() > 1 && inC % spec.groups() == 0 && outC % spec.groups() == 0) {
            // filter c of group g = c / (F/G) reads channels g·C/G … (g+1)·C/G − 1 only
            int cg = inC / spec.groups(), grp = c / (outC / spec.groups());
            List<int[]> boxes = new java.util.ArrayList<>();
            for (int k = grp * cg; k < (grp + 1) * cg; k++) boxes.add(new int[] {k, y0, x0, h, w});
            return boxes;
        }
        int channel = m == Method.DEPTHWISE && outC >= inC && outC % inC == 0 ? c / (outC / inC) : -1;
        return List.of(new int[] {channel, y0, x0, h, w});
    }
}
