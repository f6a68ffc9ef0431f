package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** G = 1 is the standard convolution and G = C is depthwise, output for output and multiply for multiply. */
class GroupedEqualityTest {

    private static Tensor input(int c, int h, int w, long seed) {
        Random r = new Random(seed);
        Tensor t = new Tensor(c, h, w);
        for (int i = 0; i < t.size(); i++) t.data()[i] = r.nextFloat() * 2 - 1;
        return t;
    }

    private static Weights weights(int f, int c, int k, long seed) {
        Random r = new Random(seed);
        Weights w = new Weights(f, c, k, k);
        for (int i = 0; i < w.data().length; i++) w.data()[i] = r.nextFloat() * 2 - 1;
        return w;
    }

    @Test
    void bothEndsAreExactAndCountedAsTheFormulaSays() {
        Tensor in = input(4, 9, 11, 1);
        Weights w = weights(8, 4, 3, 2);
        GroupedEquality.Report r = GroupedEquality.check(in, w, new ConvSpec(1, 1, Padding.same(), 1, 1, 1));
        assertEquals(0.0, r.standard().maxAbsDiff());
        assertEquals(0.0, r.depthwise().maxAbsDiff());
        assertTrue(r.allEqual());
        // standard: F·H·W·C·K² = 8·9·11·4·9; depthwise (G = C): F·H·W·1·K² = 8·9·11·9
        assertEquals(8L * 9 * 11 * 4 * 9, r.standard().costModelMultiplies());
        assertEquals(8L * 9 * 11 * 9, r.depthwise().costModelMultiplies());
        assertTrue(r.standard().countsAgree(), r.standard().describe());
        assertTrue(r.depthwise().countsAgree(), r.depthwise().describe());
        assertEquals(1, r.standard().groups());
        assertEquals(4, r.depthwise().groups());
        assertTrue(r.standard().describe().startsWith("G = 1 vs standard: max|diff| = 0"), r.standard().describe());
    }

    @Test
    void strideDilationAndValidPaddingKeepTheEquality() {
        Tensor in = input(3, 13, 10, 3);
        Weights w = weights(3, 3, 5, 4);
        GroupedEquality.Report r = GroupedEquality.check(in, w, new ConvSpec(2, 2, Padding.valid(), 2, 2, 1));
        assertTrue(r.allEqual(), r.standard().describe() + " / " + r.depthwise().describe());
        assertTrue(r.standard().countsAgree() && r.depthwise().countsAgree());
    }

    @Test
    void depthwiseEndNeedsFiltersAMultipleOfChannels() {
        GroupedEquality.Report r = GroupedEquality.check(input(4, 6, 6, 5), weights(6, 4, 3, 6), ConvSpec.DEFAULT);
        assertFalse(r.depthwise().applicable());
        assertTrue(r.depthwise().describe().contains("not a multiple of C = 4"), r.depthwise().describe());
        assertTrue(r.standard().equal());
        assertTrue(r.allEqual());
    }

    @Test
    void droppedSlicesAreTheOffDiagonalBlocks() {
        Weights w = weights(4, 4, 3, 9);
        assertArrayEquals(new long[] {8, 8}, GroupedEquality.droppedSlices(w, 2));
        assertArrayEquals(new long[] {12, 12}, GroupedEquality.droppedSlices(w, 4));
        assertArrayEquals(new long[] {0, 0}, GroupedEquality.droppedSlices(w, 1));
        // a composed bank with identity mixing is block-diagonal already: grouping drops only zeros
        KernelBank b = KernelBank.of(KernelPresets.create("sobel-x", 3, 3, 0), 3, 3, 4, 4);
        assertArrayEquals(new long[] {0, 8}, GroupedEquality.droppedSlices(b.standard(), 2));
        assertThrows(ShapeException.class, () -> GroupedEquality.droppedSlices(w, 3));
    }

    @Test
    void weightsForOtherChannelsAreRefused() {
        assertThrows(ShapeException.class, () -> GroupedEquality.check(input(3, 5, 5, 7), weights(3, 4, 3, 8), ConvSpec.DEFAULT));
    }
}
