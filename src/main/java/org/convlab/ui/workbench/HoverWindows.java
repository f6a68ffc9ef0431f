package org.convlab.ui.workbench;

import java.util.List;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Method;

/**
 * Which input pixels made one output value: the (dilated) window the kernel covered, on the
 * channels it read. Standard, pointwise, separable and low-rank read every input channel;
 * depthwise reads only the channel the output plane belongs to.
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
        int channel = m == Method.DEPTHWISE && outC >= inC && outC % inC == 0 ? c / (outC / inC) : -1;
        return List.of(new int[] {channel, y0, x0, h, w});
    }
}
