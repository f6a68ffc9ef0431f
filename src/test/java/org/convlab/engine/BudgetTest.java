package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The budget refuses before allocating, with the numbers; counts are exact or refused, never wrapped. */
class BudgetTest {
    @Test void refusalsGiveTheNumbers() {
        var e = assertThrows(Budget.BudgetException.class, () -> Budget.checkTensor("input", 64, 4096, 4096));
        assertEquals("input 64×4096×4096 = 1,073,741,824 values is over the limit of 67,108,864 values (256 MB)", e.getMessage());
        e = assertThrows(Budget.BudgetException.class, () -> Budget.checkKernel("depthwise block", 127, 1, 4096, 4096));
        assertTrue(e.getMessage().contains("2,130,706,432 values"), e.getMessage());
        e = assertThrows(Budget.BudgetException.class, () -> Budget.checkImage("a.png", 40000, 40000));
        assertTrue(e.getMessage().startsWith("a.png is 40000×40000 = 1,600,000,000 pixels"), e.getMessage());
        Budget.checkTensor("ok", 3, 1024, 1024);
    }

    @Test void theEngineRefusesWorkOverTheBudgetBeforeRunning() {
        Tensor in = new Tensor(1, 8, 8);
        // 4096 filters of 3×3 on a padded-out 8×8: fine in memory, but 8192² outputs × 4096 filters is too much work
        Weights w = new Weights(1, 1, 3, 3);
        ConvSpec huge = ConvSpec.DEFAULT.withPadding(Padding.of(10_000));
        var e = assertThrows(ShapeException.class, () -> Convolutions.run(ConvRequest.of(Method.STANDARD, in, w, huge)));
        assertTrue(e.getMessage().contains("padded input 1×20008×20008"), e.getMessage());
    }

    @Test void costsTooLargeForALongAreRefusedWithTheExactValue() {
        var e = assertThrows(ShapeException.class, () -> CostModel.standard(1_000_000, 1_000_000, 1_000_000, 1_000_000, 15, 15,
                ConvSpec.DEFAULT.withPadding(Padding.same()), false));
        assertTrue(e.getMessage().startsWith("multiplies = 225,000,000,000,000,000,000,000,000 (2.25e26)"), e.getMessage());
        assertThrows(ShapeException.class, () -> CostModel.lowRank(1_000_000, 1_000_000, 1_000_000, 1_000_000, 15, 15,
                ConvSpec.DEFAULT.withPadding(Padding.same()), 2, false));
    }

    /** Every count either equals the exact BigInteger formula or is refused; never negative. */
    @Property(tries = 300)
    void countsAreExactOrRefused(@ForAll @IntRange(min = 1, max = 2_000_000) int c, @ForAll @IntRange(min = 1, max = 2_000_000) int h,
                                 @ForAll @IntRange(min = 1, max = 2_000_000) int f, @ForAll @IntRange(min = 1, max = 15) int k) {
        ConvSpec same = ConvSpec.DEFAULT.withPadding(Padding.same());
        BigInteger exact = Budget.product(f, h, h, c, k, k);
        try {
            Cost cost = CostModel.standard(c, h, h, f, k, k, same, false);
            assertEquals(exact, BigInteger.valueOf(cost.multiplies()));
            Cost lr = CostModel.lowRank(c, h, h, f, k, k, same, 1, false);
            assertTrue(lr.multiplies() > 0 && lr.additions() >= 0 && lr.parameters() > 0);
        } catch (Budget.BudgetException e) {
            assertTrue(exact.bitLength() > 63 || Budget.product(f, c, h, (long) h * k + (long) h * k).bitLength() > 63, e.getMessage());
        }
    }
}
