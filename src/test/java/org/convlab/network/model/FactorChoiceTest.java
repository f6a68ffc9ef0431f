package org.convlab.network.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactorChoiceTest {
    @Test
    void parsesLayerSchemeAndRanks() {
        FactorChoice c = FactorChoice.parse("conv3:filter-svd:8");
        assertEquals("conv3", c.layer());
        assertEquals(8, c.rank());
        assertEquals(8, c.rank2());
        FactorChoice t = FactorChoice.parse("conv2:tucker2:4:12");
        assertEquals(List.of(4, 12), t.ranks());
        assertEquals(12, t.rank2());
    }

    @Test
    void refusesBadInputWithOneLine() {
        for (String bad : new String[] {"conv3", "conv3:svd:2", "conv3:filter-svd:x", "conv3:filter-svd:0", ":filter-svd:2",
                "conv3:filter-svd:2:3"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FactorChoice.parse(bad), bad);
            assertTrue(e.getMessage().contains("--factor"), e.getMessage());
            assertTrue(!e.getMessage().contains("\n"));
        }
    }

    @Test
    void sweepRanksClimbToTheMaximum() {
        assertEquals(List.of(1, 2, 3, 4, 6, 8, 9), ModelFactoring.sweepRanks(9));
        assertEquals(List.of(1), ModelFactoring.sweepRanks(1));
    }
}
