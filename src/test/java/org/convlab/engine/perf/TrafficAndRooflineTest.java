package org.convlab.engine.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrafficAndRooflineTest {
    @Test
    void bytesAreInputsWeightsOutputsOnceAndTheIntermediateTwice() {
        List<RaceLayer.Contender> p = RaceLayer.MOBILENET_112.points();
        long in = 32L * 112 * 112, out = 64L * 112 * 112;
        assertEquals(4 * (in + 64 * 32 * 9 + out), Traffic.bytes(p.get(0).request()), "standard");
        assertEquals(4 * (in + 32 * 9 + 64 * 32 + out + 2 * in), Traffic.bytes(p.get(1).request()), "depthwise-separable");
        assertEquals(4 * (in + 32 * 9 + in), Traffic.bytes(p.get(2).request()), "depthwise stage");
        assertEquals(4 * (in + 64 * 32 + out), Traffic.bytes(p.get(3).request()), "pointwise stage");
    }

    @Test
    void separableHdMovesItsColumnPassIntermediate() {
        List<RaceLayer.Contender> p = RaceLayer.HD_RGB.points();
        long img = 3L * 1080 * 1920;
        assertEquals(4 * (img + 3 * 49 + img), Traffic.bytes(p.get(0).request()));
        assertEquals(4 * (img + 3 * 49 + img + 2 * img), Traffic.bytes(p.get(1).request()));
    }

    @Test
    void depthwiseIsFarLessIntenseThanStandard() {
        List<RaceLayer.Contender> p = RaceLayer.MOBILENET_112.points();
        double std = Traffic.intensity(32L * 64 * 9 * 112 * 112, Traffic.bytes(p.get(0).request()));
        double dw = Traffic.intensity(32L * 9 * 112 * 112, Traffic.bytes(p.get(2).request()));
        assertTrue(std > 40 * dw, std + " vs " + dw);
        assertTrue(dw < 1.2 && dw > 1.0, "a 3×3 depthwise does 9 multiplies per 8 bytes in and out: " + dw);
    }

    @Test
    void rooflineIsTheMinimumOfSlopeAndRoof() {
        Roofline r = new Roofline(20, 10, 2, "now", "jvm");
        assertEquals(2.0, r.ridge(), 1e-12);
        assertEquals(5.0, r.attainable(0.5), 1e-12);
        assertEquals(20.0, r.attainable(50), 1e-12);
        assertTrue(r.memoryBound(1.1));
        assertFalse(r.memoryBound(45));
        assertEquals(0.5, r.efficiency(0.5, 2.5), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new Roofline(0, 10, 2, "", ""));
        assertThrows(IllegalArgumentException.class, () -> new Roofline(1, Double.NaN, 2, "", ""));
        assertThrows(IllegalArgumentException.class, () -> new Roofline(1, 1, 0, "", ""));
    }

    @Test
    void computeKernelIsDeterministic() {
        assertEquals(MachineProbe.fma(10, 3), MachineProbe.fma(10, 3));
        assertTrue(MachineProbe.fma(10, 3) != 0);
    }
}
