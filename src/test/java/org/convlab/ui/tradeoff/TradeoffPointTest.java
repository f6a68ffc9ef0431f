package org.convlab.ui.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TradeoffPointTest {
    @Test
    void paretoFrontKeepsOnlyUndominatedPoints() {
        var pts = java.util.List.of(
                new TradeoffPoint("a", 1, 100, 0.5, 0, 0),
                new TradeoffPoint("a", 2, 200, 0.4, 0, 0),
                new TradeoffPoint("a", 3, 300, 0.8, 0, 0),
                new TradeoffPoint("a", 4, 50, 0.2, 0, 0));
        var front = TradeoffPoint.paretoFront(pts);
        assertEquals(java.util.List.of(4, 1, 3), front.stream().map(TradeoffPoint::rank).toList());
    }
}
