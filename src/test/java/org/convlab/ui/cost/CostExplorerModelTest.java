package org.convlab.ui.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.convlab.ui.core.ComputeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model alone, synchronously, no robot. */
class CostExplorerModelTest {
    private final CostExplorerModel m = new CostExplorerModel(ComputeService.synchronous());

    @Test
    void startsWithTheTable3LayerAndMobileNet() {
        CostExplorerModel.LayerResult r = m.layerProperty().get();
        assertNotNull(r);
        assertEquals(462_422_016L, r.comparison().standard().multiplies());
        assertEquals(52_283_392L, r.comparison().separable().multiplies());
        assertEquals("", m.layerErrorProperty().get());
        assertEquals(568_740_352L, m.networkCostProperty().get().separable().multiplies());
        assertEquals("568.7 M mult-adds\n4.21 M parameters", m.separableSummaryProperty().get());
        assertEquals("4,867.3 M mult-adds\n29.28 M parameters", m.standardSummaryProperty().get());
        assertEquals("8.6× fewer mult-adds\n7.0× fewer parameters", m.reductionSummaryProperty().get());
    }

    @Test
    void curvesAreOneOverFPlusOneOverKSquared() {
        var curves = m.layerProperty().get().curves();
        assertEquals(3, curves.size());
        assertEquals(5, curves.get(1).kernel());
        double[] last = curves.get(1).points().get(curves.get(1).points().size() - 1);
        assertEquals(1024, last[0]);
        assertEquals(1.0 / 1024 + 1.0 / 25, last[1], 1e-15);
    }

    @Test
    void changingAnInputRecomputes() {
        m.filtersProperty().set(64);
        assertEquals(14L * 14 * 512 * 9 * 64, m.layerProperty().get().comparison().standard().multiplies());
        assertEquals(1.0 / 64 + 1.0 / 9, m.layerProperty().get().comparison().reductionFactor(), 1e-15);
        m.strideProperty().set(2);
        assertEquals(7, m.layerProperty().get().comparison().geometry().outH());
    }

    @Test
    void badLayerShowsAnErrorAndKeepsTheLastResult() {
        m.kernelHProperty().set(20);
        assertTrue(m.layerErrorProperty().get().contains("kernel 20×3 is larger than the 14×14 input"), m.layerErrorProperty().get());
        assertEquals(462_422_016L, m.layerProperty().get().comparison().standard().multiplies());
        m.kernelHProperty().set(3);
        assertEquals("", m.layerErrorProperty().get());
        m.paddingProperty().set("1,x");
        assertTrue(m.layerErrorProperty().get().startsWith("padding:"), m.layerErrorProperty().get());
        m.paddingProperty().set("valid");
        assertEquals(12, m.layerProperty().get().comparison().geometry().outH());
    }

    @Test
    void rankIsClampedToTheKernel() {
        m.rankProperty().set(3);
        m.kernelWProperty().set(1);
        assertEquals(1, m.rankProperty().get());
        assertEquals("", m.layerErrorProperty().get());
    }

    @Test
    void alphaResolutionAndNetworkChoice() {
        m.alphaProperty().set(0.5);
        assertEquals("149", String.format("%.0f", m.networkCostProperty().get().separable().multiplies() / 1e6));
        m.alphaProperty().set(1);
        m.resolutionProperty().set(128);
        assertEquals(186_400_768L, m.networkCostProperty().get().separable().multiplies());
        m.resolutionProperty().set(224);
        m.networkProperty().set("mobilenet-v1-shallow");
        assertEquals("307", String.format("%.0f", m.networkCostProperty().get().separable().multiplies() / 1e6));
        m.alphaProperty().set(1.5);
        assertTrue(m.networkErrorProperty().get().contains("alpha must be in (0, 1]"), m.networkErrorProperty().get());
    }

    @Test
    void openingATeachersFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("lenet.json");
        Files.writeString(f, "{ \"title\": \"Tiny\", \"input\": {\"resolution\": 32, \"channels\": 1}, \"layers\": ["
                + "{\"type\": \"conv\", \"kernel\": 5, \"padding\": \"valid\", \"filters\": 6}, {\"type\": \"fc\", \"outputs\": 10}] }");
        m.resolutionProperty().set(32);
        m.openNetworkFile(f);
        assertTrue(m.getNetworks().contains(f.toAbsolutePath().toString()));
        assertEquals("", m.networkErrorProperty().get());
        assertEquals("Tiny", m.networkCostProperty().get().spec().title());
        assertEquals(28L * 28 * 6 * 25 + 28L * 28 * 6 * 10, m.networkCostProperty().get().separable().multiplies());
        m.networkProperty().set("no-such-net");
        assertTrue(m.networkErrorProperty().get().contains("known networks: mobilenet-v1"), m.networkErrorProperty().get());
    }
}
