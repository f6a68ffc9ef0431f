package org.convlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Cost;
import org.convlab.engine.CostModel;
import org.convlab.engine.Padding;
import org.junit.jupiter.api.Test;

/**
 * Every number a lesson asks for, recomputed with the closed-form {@link CostModel} (independent
 * of the engine loops the checker uses), and the paper's figures quoted in lesson 9.
 */
class CourseNumbersTest {

    /** Each "measures" answer equals the CostModel value for its scene. */
    @Test
    void measuredAnswersMatchTheCostModel() throws Exception {
        int checked = 0;
        for (Path f : LessonChecker.lessonFiles(CourseTest.LESSONS)) {
            Lesson l = LessonParser.parse(f).lesson();
            for (Step s : l.steps()) {
                SceneBuilder.Built b = SceneBuilder.build(s.scene(), SceneBuilder.Context.forLesson(f));
                for (Question q : s.questions()) {
                    if (q.measures() == null) continue;
                    double expected = expected(b, q.measures());
                    assertTrue(q.acceptsNumber(expected), f.getFileName() + " step " + s.number() + ": answer " + q.answer()
                            + " but CostModel says " + expected);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 20, "most numeric questions measure their scene, checked " + checked);
    }

    static double expected(SceneBuilder.Built b, Question.Measure m) {
        var in = b.image();
        int c = in.channels(), h = in.height(), w = in.width(), f = b.bank().filters();
        int kh = b.bank().kernel().kernelHeight(), kw = b.bank().kernel().kernelWidth();
        ConvSpec spec = b.spec();
        Cost cost = switch (b.method()) {
            case STANDARD -> CostModel.standard(c, h, w, f, kh, kw, spec, false);
            case DEPTHWISE -> CostModel.depthwise(c, h, w, 1, kh, kw, spec, false);
            case POINTWISE -> CostModel.pointwise(c, h, w, f, false);
            case DEPTHWISE_SEPARABLE -> CostModel.depthwiseSeparable(c, h, w, 1, f, kh, kw, spec, false);
            case SPATIAL_SEPARABLE -> CostModel.spatialSeparable(c, h, w, f, kh, kw, spec, false);
            case LOW_RANK -> CostModel.lowRank(c, h, w, f, kh, kw, spec, b.rank(), false);
        };
        int k1 = b.method() == org.convlab.engine.Method.POINTWISE ? 1 : kh, k2 = b.method() == org.convlab.engine.Method.POINTWISE ? 1 : kw;
        ConvSpec.Geometry g = (b.method() == org.convlab.engine.Method.POINTWISE ? ConvSpec.DEFAULT : spec).geometry(h, w, k1, k2);
        return switch (m) {
            case MULTIPLIES -> cost.multiplies();
            case ADDITIONS -> cost.additions();
            case PARAMETERS -> cost.parameters();
            case OUTPUT_HEIGHT -> g.outH();
            case OUTPUT_WIDTH -> g.outW();
            default -> throw new IllegalArgumentException(m.id() + " has no CostModel value");
        };
    }

    private static Question question(String file, int step, int index) {
        Lesson l = LessonParser.parse(CourseTest.LESSONS.resolve(file)).lesson();
        return l.steps().get(step - 1).questions().get(index);
    }

    private static final ConvSpec SAME = ConvSpec.DEFAULT.withPadding(Padding.same());

    @Test
    void lesson1MultipliesPerPixel() {
        assertTrue(question("01-what-a-convolution-computes.md", 2, 0).acceptsNumber(CostModel.standard(1, 3, 3, 1, 3, 3, ConvSpec.DEFAULT, false).multiplies()));
    }

    @Test
    void lesson3SeparableGaussianSavesKOverTwo() {
        Cost direct = CostModel.standard(1, 32, 32, 1, 7, 7, SAME, false);
        Cost sep = CostModel.spatialSeparable(1, 32, 32, 1, 7, 7, SAME, false);
        assertEquals(50176, direct.multiplies());
        assertEquals(14336, sep.multiplies());
        assertTrue(question("03-spatial-separable.md", 4, 0).acceptsNumber((double) direct.multiplies() / sep.multiplies()));
    }

    @Test
    void lesson4LowRankBreakEven() {
        long direct = CostModel.standard(1, 32, 32, 1, 5, 5, SAME, false).multiplies();
        int best = 0;
        for (int r = 1; r <= 5; r++) if (CostModel.lowRank(1, 32, 32, 1, 5, 5, SAME, r, false).multiplies() < direct) best = r;
        assertTrue(question("04-low-rank.md", 4, 0).acceptsNumber(best));
    }

    @Test
    void lesson8RatioIsOneOverFPlusOneOverKSquared() {
        long sep = CostModel.depthwiseSeparable(16, 32, 32, 1, 32, 3, 3, SAME, false).multiplies();
        long std = CostModel.standard(16, 32, 32, 32, 3, 3, SAME, false).multiplies();
        double ratio = (double) sep / std;
        assertEquals(1.0 / 32 + 1.0 / 9, ratio, 1e-12);
        assertTrue(question("08-depthwise-separable.md", 4, 0).acceptsNumber(ratio));
        assertEquals(39, CostModel.depthwiseSeparable(3, 32, 32, 1, 4, 3, 3, SAME, false).parameters());
    }

    @Test
    void lesson9MobileNetFigures() {
        // The paper's example layer: D_K = 3, M = N = 512, D_F = 14.
        Cost std = CostModel.standard(512, 14, 14, 512, 3, 3, SAME, false);
        Cost sep = CostModel.depthwiseSeparable(512, 14, 14, 1, 512, 3, 3, SAME, false);
        assertEquals(462_422_016L, std.multiplies());      // paper: 462 M mult-adds
        assertEquals(52_283_392L, sep.multiplies());       // paper: 52.3 M
        assertEquals(2_359_296L, std.parameters());        // paper: 2.36 M parameters
        assertEquals(266_752L, sep.parameters());          // paper: 0.27 M
        double factor = (double) std.multiplies() / sep.multiplies();
        assertEquals(1 / (1.0 / 512 + 1.0 / 9), factor, 1e-9);
        assertTrue(factor > 8 && factor < 9, "8 to 9 times less computation");
        assertTrue(question("09-mobilenets.md", 2, 1).acceptsNumber(factor));
        // Whole network, the paper's Table: 4866 M vs 569 M mult-adds.
        assertTrue(question("09-mobilenets.md", 3, 0).acceptsNumber(4866.0 / 569.0));
        // Width and resolution multipliers: alpha = 0.75 (32 -> 24, 64 -> 48), rho = 20/28.
        assertEquals(547_200L, CostModel.depthwiseSeparable(24, 20, 20, 1, 48, 3, 3, SAME, false).multiplies());
    }
}
