package org.convlab.network.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.convlab.engine.Counts;
import org.convlab.engine.Tensor;
import org.junit.jupiter.api.Test;

/** The plain-Java layers on values small enough to check by hand (PyTorch semantics). */
class LayerOpsTest {
    private static Tensor t(int c, int h, int w, float... v) { return new Tensor(c, h, w, v); }

    @Test
    void reluZeroesNegatives() {
        assertArrayEquals(new float[] {0, 0, 2, 0.5f}, LayerOps.relu(t(1, 2, 2, -1, 0, 2, 0.5f)).data());
    }

    @Test
    void poolsTakeFloorSizeWindows() {
        Tensor x = t(1, 3, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        Tensor mx = LayerOps.maxPool(x, 2, 2);
        assertEquals(1, mx.height());
        assertArrayEquals(new float[] {5}, mx.data());
        Counts c = new Counts();
        Tensor av = LayerOps.avgPool(x, 2, 1, c);
        assertArrayEquals(new float[] {3, 4, 6, 7}, av.data(), 1e-6f);
        assertEquals(4, c.multiplies());
        assertThrows(IllegalArgumentException.class, () -> LayerOps.maxPool(t(1, 1, 1, 1), 2, 2));
    }

    @Test
    void globalAverageAndFlattenAndLinear() {
        Counts c = new Counts();
        Tensor g = LayerOps.globalAvgPool(t(2, 1, 2, 1, 3, -2, 4), c);
        assertArrayEquals(new float[] {2, 1}, g.data(), 1e-6f);
        assertEquals(2, c.multiplies());
        Tensor f = LayerOps.flatten(t(2, 1, 2, 1, 2, 3, 4));
        assertEquals(4, f.channels());
        ModelLayer.Linear l = new ModelLayer.Linear("fc", 4, 2, new float[] {1, 0, 0, 0, 1, 1, 1, 1}, new float[] {10, 0});
        Counts lc = new Counts();
        assertArrayEquals(new float[] {11, 10}, LayerOps.linear(f, l, lc).data(), 1e-6f);
        assertEquals(8, lc.multiplies());
        assertEquals(26, l.parameters() + 16);
        assertThrows(IllegalArgumentException.class, () -> LayerOps.linear(t(3, 1, 1, 1, 2, 3), l, new Counts()));
    }
}
