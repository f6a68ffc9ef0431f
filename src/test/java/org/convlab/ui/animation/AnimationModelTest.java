package org.convlab.ui.animation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Platform;
import org.convlab.engine.ConvResult;
import org.convlab.engine.Convolutions;
import org.convlab.engine.Method;
import org.convlab.trace.Space;
import org.convlab.trace.Trace;
import org.convlab.ui.core.ComputeService;
import org.convlab.ui.animation.AnimationModel.Granularity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The model without a robot: stepping by each granularity, back and forth, scrubbing, playback by elapsed time, counters. */
class AnimationModelTest {
    private AnimationModel m;

    @BeforeAll
    static void toolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // started by another test class in this JVM
        }
    }

    @BeforeEach
    void setUp() {
        m = new AnimationModel(ComputeService.synchronous());
        m.reload(); // default scene: square 8×8, C = 2, F = 2, Sobel-x 3×3, padding 1, standard
    }

    @Test
    void loadsTheEngineTraceWithItsCounts() {
        Trace t = m.getTrace();
        ConvResult r = Convolutions.runReference(m.sceneProperty().get().request(Method.STANDARD));
        assertEquals(r.counts().multiplies(), m.totalMultipliesProperty().get());
        assertEquals(r.counts().additions(), m.totalAdditionsProperty().get());
        assertEquals(2L * 8 * 8 * 2 * 9, t.totalMultiplies());
        assertEquals(0, m.positionProperty().get());
        assertEquals(0, m.multipliesProperty().get());
    }

    @Test
    void stepsByEachGranularityBackAndForth() {
        // one multiply
        m.step(Granularity.MULTIPLY, 1);
        assertEquals(1, m.positionProperty().get());
        assertEquals(1, m.multipliesProperty().get());
        assertEquals(0, m.additionsProperty().get());
        m.step(Granularity.MULTIPLY, 1);
        assertEquals(1, m.additionsProperty().get());
        m.step(Granularity.MULTIPLY, -1);
        assertEquals(1, m.positionProperty().get());
        // one output value = 2 channels × 9 taps
        m.step(Granularity.VALUE, 1);
        assertEquals(18, m.positionProperty().get());
        assertTrue(m.cursor().written(Space.OUTPUT, 0, 0, 0));
        assertFalse(m.cursor().written(Space.OUTPUT, 0, 0, 1));
        m.step(Granularity.VALUE, 1);
        assertEquals(36, m.positionProperty().get());
        m.step(Granularity.MULTIPLY, 1);
        m.step(Granularity.VALUE, -1); // from inside a value: back to its start
        assertEquals(36, m.positionProperty().get());
        m.step(Granularity.VALUE, -1);
        assertEquals(18, m.positionProperty().get());
        // one row = 8 values, one stage = one filter = 64 values
        m.toStart();
        m.step(Granularity.ROW, 1);
        assertEquals(8 * 18, m.positionProperty().get());
        m.step(Granularity.STAGE, 1);
        assertEquals(64 * 18, m.positionProperty().get());
        m.step(Granularity.STAGE, 1);
        assertEquals(m.getTrace().size(), m.positionProperty().get());
        m.step(Granularity.MULTIPLY, 1); // clamped at the end
        assertEquals(m.getTrace().size(), m.positionProperty().get());
        assertEquals(m.totalMultipliesProperty().get(), m.multipliesProperty().get());
        assertEquals(m.totalAdditionsProperty().get(), m.additionsProperty().get());
        m.step(Granularity.STAGE, -1);
        assertEquals(64 * 18, m.positionProperty().get());
        m.step(Granularity.ROW, -1);
        assertEquals(64 * 18 - 8 * 18, m.positionProperty().get());
        m.toStart();
        m.step(Granularity.MULTIPLY, -1); // clamped at the start
        assertEquals(0, m.positionProperty().get());
    }

    @Test
    void scrubbingReplaysTheTraceExactly() {
        Trace t = m.getTrace();
        m.positionProperty().set(1000);
        assertEquals(t.multipliesAfter(999), m.multipliesProperty().get());
        assertEquals(t.additionsAfter(999), m.additionsProperty().get());
        float partial = t.partial(999);
        assertEquals(partial, m.cursor().value(t.targetSpace(999), t.targetC(999), t.targetY(999), t.targetX(999)));
        m.positionProperty().set(t.size());
        ConvResult r = Convolutions.runReference(m.sceneProperty().get().request(Method.STANDARD));
        assertEquals(0f, r.output().maxAbsDiff(m.cursor().snapshot(Space.OUTPUT)));
        m.positionProperty().set(10);
        assertEquals(10, m.multipliesProperty().get());
        m.positionProperty().set(-5);
        assertEquals(0, m.positionProperty().get());
    }

    @Test
    void playbackAdvancesByElapsedTimeKeepingTheFraction() {
        m.speedProperty().set(2); // 2 steps per second
        m.togglePlay();
        assertTrue(m.playingProperty().get());
        m.advance(0.3); // 0.6 steps
        assertEquals(0, m.positionProperty().get());
        m.advance(0.3); // 1.2 → 1 step, 0.2 kept
        assertEquals(1, m.positionProperty().get());
        m.advance(0.4); // 0.2 + 0.8 = 1.0 → 1 step
        assertEquals(2, m.positionProperty().get());
        m.speedProperty().set(1000);
        m.advance(0.5);
        assertEquals(502, m.positionProperty().get());
        m.togglePlay();
        assertFalse(m.playingProperty().get());
        m.speedProperty().set(AnimationModel.INSTANT);
        m.togglePlay();
        m.advance(1 / 60.0);
        assertEquals(m.getTrace().size(), m.positionProperty().get());
        assertFalse(m.playingProperty().get(), "stops at the end");
        m.togglePlay(); // playing again from the end restarts
        assertEquals(0, m.positionProperty().get());
        m.dispose();
        assertFalse(m.playingProperty().get());
    }

    @Test
    void everyMethodLoadsAndASceneChangeRestarts() {
        for (Method method : Method.values()) {
            m.sceneProperty().set(m.sceneProperty().get().withPreset("gaussian"));
            m.methodProperty().set(method);
            assertEquals("", m.messageProperty().get(), method.id());
            assertEquals(method, m.getTrace().method());
            m.positionProperty().set(m.getTrace().size());
            ConvResult r = Convolutions.runReference(m.sceneProperty().get().request(method));
            assertEquals(r.counts().multiplies(), m.multipliesProperty().get(), method.id());
            assertEquals(0f, r.output().maxAbsDiff(m.cursor().snapshot(Space.OUTPUT)), method.id());
        }
        m.sceneProperty().set(m.sceneProperty().get().withStride(2));
        assertEquals(0, m.positionProperty().get());
    }

    @Test
    void badSceneGivesAMessageNotACrash() {
        m.sceneProperty().set(m.sceneProperty().get().withPreset("random"));
        Trace before = m.getTrace();
        m.methodProperty().set(Method.SPATIAL_SEPARABLE);
        assertTrue(m.messageProperty().get().contains("not separable"), m.messageProperty().get());
        assertEquals(before, m.getTrace(), "the last good trace stays");
        m.sceneProperty().set(m.sceneProperty().get().withImage("smooth 32×32").withPadding("0").withKernelSize(5).withDilation(3).withStride(1)
                .withPreset("box").withChannels(1));
        m.sceneProperty().set(m.sceneProperty().get().withKernelSize(5).withDilation(9));
        assertTrue(m.messageProperty().get().contains("output"), m.messageProperty().get());
    }

    @Test
    void raceRunsBothLanesAtTheSameMultiplyRate() {
        RaceModel race = new RaceModel(ComputeService.synchronous());
        assertNull(race.costs());
        race.load(m.sceneProperty().get());
        var a = race.standardLane();
        var b = race.contenderLane();
        assertEquals(Method.DEPTHWISE_SEPARABLE, b.trace().method());
        long sa = a.trace().totalMultiplies(), sb = b.trace().totalMultiplies();
        assertTrue(sb < sa);
        race.rateProperty().set(1000);
        race.start();
        race.advance(0.1); // 100 multiplies each
        assertEquals(100, a.multiplies());
        assertEquals(100, b.multiplies());
        race.clockProperty().set(sb); // the factorized lane has done all its work
        assertTrue(RaceModel.finished(b));
        assertFalse(RaceModel.finished(a));
        race.advance(1e9);
        assertTrue(RaceModel.finished(a));
        assertFalse(race.runningProperty().get());
        // the ratio is the traces' = the engine's = the CostModel's
        var c = race.costs();
        assertEquals(c[0].multiplies(), sa);
        assertEquals(c[1].multiplies(), sb);
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f×", (double) c[0].multiplies() / c[1].multiplies()), race.ratioText());
        race.dispose();
    }
}
