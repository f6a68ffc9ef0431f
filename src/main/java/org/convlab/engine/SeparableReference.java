package org.convlab.engine;

/**
 * Plain two-pass loops for one separable pair (column K_h×1, then row 1×K_w), the oracle for
 * the spatial-separable and low-rank paths.
 *
 * <pre>
 * column pass:  T[i, x]   = Σ_u col[u] · in[c, i·sH − pT + u·dH, x]        (i &lt; H_out, x &lt; W_in)
 * row pass:     out[i, j] = Σ_v row[v] · T[i, j·sW − pL + v·dW]            (j &lt; W_out)
 * </pre>
 * Vertical padding, stride and dilation apply only to the column pass, horizontal ones only to
 * the row pass. Each value of T costs K_h multiplies and K_h − 1 additions, each output value
 * K_w multiplies and K_w − 1 additions.
 */
public final class SeparableReference {
    private SeparableReference() { }

    /** Column pass of channel {@code c}: returns T as a row-major H_out×W_in array. */
    public static float[] columnPass(Tensor in, int c, float[] col, ConvSpec spec, ConvSpec.Geometry g, Counts counts) {
        int w = in.width();
        float[] t = new float[g.outH() * w];
        for (int i = 0; i < g.outH(); i++) {
            for (int x = 0; x < w; x++) {
                float acc = 0;
                for (int u = 0; u < col.length; u++) {
                    int y = i * spec.strideH() - g.padTop() + u * spec.dilationH();
                    float v = (y >= 0 && y < in.height()) ? in.get(c, y, x) : 0f;
                    acc = u == 0 ? v * col[u] : acc + v * col[u];
                }
                t[i * w + x] = acc;
            }
            if (counts != null) {
                counts.addMultiplies((long) w * col.length);
                counts.addAdditions((long) w * (col.length - 1));
            }
        }
        return t;
    }

    /** Row pass over T (H_out×W_in): returns H_out×W_out values, row-major. */
    public static float[] rowPass(float[] t, int inW, float[] row, ConvSpec spec, ConvSpec.Geometry g, Counts counts) {
        float[] out = new float[g.outH() * g.outW()];
        for (int i = 0; i < g.outH(); i++) {
            for (int j = 0; j < g.outW(); j++) {
                float acc = 0;
                for (int v = 0; v < row.length; v++) {
                    int x = j * spec.strideW() - g.padLeft() + v * spec.dilationW();
                    float val = (x >= 0 && x < inW) ? t[i * inW + x] : 0f;
                    acc = v == 0 ? val * row[v] : acc + val * row[v];
                }
                out[i * g.outW() + j] = acc;
            }
            if (counts != null) {
                counts.addMultiplies((long) g.outW() * row.length);
                counts.addAdditions((long) g.outW() * (row.length - 1));
            }
        }
        return out;
    }
}
