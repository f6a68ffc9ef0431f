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
        return columnPass(in, c, col, spec, g, counts, null, -1);
    }

    /** The column pass of slice {@code s}, telling {@code obs} (may be null) every multiply. */
    public static float[] columnPass(Tensor in, int c, float[] col, ConvSpec spec, ConvSpec.Geometry g, Counts counts,
                                     ConvObserver obs, int s) {
        int w = in.width();
        float[] t = new float[g.outH() * w];
        for (int i = 0; i < g.outH(); i++) {
            for (int x = 0; x < w; x++) {
                float acc = 0;
                for (int u = 0; u < col.length; u++) {
                    int y = i * spec.strideH() - g.padTop() + u * spec.dilationH();
                    boolean inside = y >= 0 && y < in.height();
                    float v = inside ? in.get(c, y, x) : 0f;
                    float old = acc;
                    acc = u == 0 ? v * col[u] : acc + v * col[u];
                    if (obs != null) obs.columnTap(s, c, i, x, y, inside, u, col[u], v, v * col[u], old, acc);
                }
                t[i * w + x] = acc;
                if (obs != null) obs.valueDone();
            }
            if (obs != null) obs.rowDone();
            if (counts != null) {
                counts.addMultiplies((long) w * col.length);
                counts.addAdditions((long) w * (col.length - 1));
            }
        }
        if (obs != null) obs.planeDone();
        return t;
    }

    /** Row pass over T (H_out×W_in): returns H_out×W_out values, row-major. */
    public static float[] rowPass(float[] t, int inW, float[] row, ConvSpec spec, ConvSpec.Geometry g, Counts counts) {
        return rowPass(t, inW, row, spec, g, counts, null, -1);
    }

    /** The row pass of slice {@code s}, telling {@code obs} (may be null) every multiply. */
    public static float[] rowPass(float[] t, int inW, float[] row, ConvSpec spec, ConvSpec.Geometry g, Counts counts,
                                  ConvObserver obs, int s) {
        float[] out = new float[g.outH() * g.outW()];
        for (int i = 0; i < g.outH(); i++) {
            for (int j = 0; j < g.outW(); j++) {
                float acc = 0;
                for (int v = 0; v < row.length; v++) {
                    int x = j * spec.strideW() - g.padLeft() + v * spec.dilationW();
                    boolean inside = x >= 0 && x < inW;
                    float val = inside ? t[i * inW + x] : 0f;
                    float old = acc;
                    acc = v == 0 ? val * row[v] : acc + val * row[v];
                    if (obs != null) obs.rowTap(s, i, j, x, inside, v, row[v], val, val * row[v], old, acc);
                }
                out[i * g.outW() + j] = acc;
                if (obs != null) obs.valueDone();
            }
            if (obs != null) obs.rowDone();
            if (counts != null) {
                counts.addMultiplies((long) g.outW() * row.length);
                counts.addAdditions((long) g.outW() * (row.length - 1));
            }
        }
        if (obs != null) obs.planeDone();
        return out;
    }
}
