package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CostRatioTest {
    @Test
    void readsTheRightWayRound() {
        assertEquals("9.00× fewer multiplies", CostRatio.describe(100, 900, "multiplies"));
        assertEquals("1.33× more multiplies", CostRatio.describe(400, 300, "multiplies"));
        assertEquals("the same", CostRatio.describe(5, 5, null));
        assertEquals("", CostRatio.describe(0, 5, null));
        assertEquals("1.33×", CostRatio.quotient(4, 3));
        assertEquals("0.111×", CostRatio.quotient(1, 9));
    }
}
