package org.convlab.ui.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convlab.engine.perf.RaceLayer;
import org.convlab.ui.core.ComputeService;
import org.junit.jupiter.api.Test;

/** The model alone, synchronously (the race measures with the fewest runs; no timing is asserted). */
class SpeedModelTest {
    @Test
    void raceCountsComeFromTheEngineAndTheReplayEndsAtTheMeasuredTime() {
        SpeedModel m = new SpeedModel(ComputeService.synchronous(), 1);
        m.startRace();
        assertEquals(SpeedModel.Phase.RACING, m.phaseProperty().get());
        SpeedModel.Race r = m.raceProperty().get();
        assertEquals(RaceLayer.MOBILENET_112, r.layer());
        assertEquals(64L * 32 * 9 * 112 * 112, r.full().multiplies());
        assertEquals(32L * 9 * 112 * 112 + 64L * 32 * 112 * 112, r.factorized().multiplies());
        assertEquals(SpeedModel.MIN_RUNS, r.full().runs());
        assertEquals(r.full().runs(), r.factorized().runs());
        assertEquals(231_211_008.0 / 29_302_784, r.countedRatio(), 1e-12);
        assertTrue(r.measuredRatio() > 0 && r.full().gmacs() > 0);
        // the replay: the animation clock starts at the first tick and ends at the slower lane's total
        assertTrue(m.tick(1_000));
        double end = Math.max(r.full().seconds(), r.factorized().seconds());
        m.tick(1_000 + (long) (end * 1e9) + 1);
        assertEquals(SpeedModel.Phase.FINISHED, m.phaseProperty().get());
        assertEquals(end, m.clock(), 1e-12);
        assertTrue(m.messageProperty().get().startsWith("Finished: 3 runs of each method"), m.messageProperty().get());
    }

    @Test
    void changingTheLayerClearsTheRaceAndTheConventionsFollow() {
        SpeedModel m = new SpeedModel(ComputeService.synchronous(), 1);
        m.layerProperty().set(RaceLayer.LAYER_14);
        assertEquals(462_422_016L, m.conventions()[0].macs());
        assertEquals(52_283_392L, m.conventions()[1].macs());
        m.biasProperty().set(true);
        assertEquals(462_422_016L + 512L * 196, m.conventions()[0].rows().stream()
                .filter(r -> r.source().equals("ptflops")).findFirst().orElseThrow().value());
        m.layerProperty().set(RaceLayer.HD_RGB);
        assertEquals("direct 7×7", m.racerNames()[0]);
        assertEquals(SpeedModel.Phase.IDLE, m.phaseProperty().get());
        assertEquals(null, m.raceProperty().get());
    }

    @Test
    void hiddenQuantitiesShowThePlaceholder() {
        SpeedModel m = new SpeedModel(ComputeService.synchronous(), 1);
        int before = m.revisionProperty().get();
        m.revealProperty().get().hidden().add(org.convlab.ui.core.Quantity.MULTIPLIES);
        assertTrue(m.revisionProperty().get() > before, "views redraw");
        assertEquals(org.convlab.ui.core.Reveal.PLACEHOLDER, m.revealProperty().get().show(org.convlab.ui.core.Quantity.MULTIPLIES, "1"));
    }
}
