package org.convlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convlab.engine.ConvResult;
import org.convlab.engine.KernelPresets;
import org.convlab.engine.KernelSvd;
import org.convlab.engine.Weights;
import org.junit.jupiter.api.Test;

/**
 * The facts the corrected lessons state, computed by the engine: the Laplacian's singular values,
 * its rank-1 kernel and output errors, per-channel kernels and distinct filters, objectives, and
 * the answer-leak rule. Reference values: NumPy {@code np.linalg.svd([[0,1,0],[1,-4,1],[0,1,0]])}
 * gives σ = 4.44948974, 0.44948974, 0; σ₁²/Σσ² = 0.98990; rank-1 kernel sum −1.22474487.
 */
class LessonFactsTest {
    private static Step step(String file, int n) {
        return LessonParser.parse(CourseTest.LESSONS.resolve(file)).lesson().steps().get(n - 1);
    }

    private static SceneBuilder.Built built(String file, int n) {
        return SceneBuilder.build(step(file, n).scene(), SceneBuilder.Context.forLesson(CourseTest.LESSONS.resolve(file)));
    }

    @Test
    void theRank1LaplacianHasASmallKernelErrorAndALargeOutputError() {
        KernelSvd svd = KernelSvd.of(KernelPresets.create("laplacian-4", 3, 3, 0), 3, 3);
        double[] s = svd.singularValues();
        assertEquals(4.44948974, s[0], 1e-6);
        assertEquals(0.44948974, s[1], 1e-6);
        assertEquals(0.98990, s[0] * s[0] / (s[0] * s[0] + s[1] * s[1]), 1e-5);
        double sum = 0;
        double[] u = svd.column(0), v = svd.row(0);
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) sum += u[i] * v[j]; // column(0) and row(0) carry σ₁ between them
        assertEquals(-1.22474487, sum, 1e-6);
        SceneBuilder.Built b = built("04-low-rank.md", 2);
        ConvResult r = b.run();
        assertEquals(0.1005, SceneMeasures.measure(Question.Measure.KERNEL_ERROR, b, r), 5e-5);
        assertEquals(1.58, SceneMeasures.measure(Question.Measure.OUTPUT_ERROR, b, r), 0.005);
    }

    @Test
    void theStrideExampleDropsPixel31() {
        ConvResult r = built("02-stride-padding-dilation.md", 5).run();
        assertEquals(15, r.output().width());
        // last window starts at 2·14 = 28 and reads 28..30
        assertEquals(30, 2 * (r.output().width() - 1) + 2);
    }

    @Test
    void channelsGetTheirOwnKernelsAndFiltersTheirOwnWeights() {
        Weights dw = built("06-depthwise.md", 1).bank().depthwise();
        assertEquals(3, distinctSlices(dw.data(), 3, 9));
        Weights std = built("05-multichannel-standard.md", 2).bank().standard();
        assertEquals(8, std.filters());
        assertEquals(8, distinctSlices(std.data(), 8, 27), "each of the 8 filters has its own weights");
        Weights dw8 = built("08-depthwise-separable.md", 1).bank().depthwise();
        assertEquals(3, distinctSlices(dw8.data(), 3, 9));
    }

    private static int distinctSlices(float[] data, int n, int size) {
        Set<String> s = new HashSet<>();
        for (int i = 0; i < n; i++) s.add(Arrays.toString(Arrays.copyOfRange(data, i * size, (i + 1) * size)));
        return s.size();
    }

    @Test
    void everyOwnedLessonStatesItsObjectives() throws Exception {
        for (Path f : LessonChecker.lessonFiles(CourseTest.LESSONS)) {
            String name = f.getFileName().toString();
            if (name.compareTo("13") >= 0) continue; // 13–16 are written by other authors
            Lesson l = LessonParser.parse(f).lesson();
            assertFalse(l.objectives().isEmpty(), name + " has objectives");
        }
    }

    @Test
    void somePhotosAreUsed() throws Exception {
        int photos = 0;
        for (Path f : LessonChecker.lessonFiles(CourseTest.LESSONS)) {
            for (Step s : LessonParser.parse(f).lesson().steps()) {
                if (s.scene().image().source() == Scene.ImageRef.Source.SAMPLE) photos++;
            }
        }
        assertTrue(photos >= 5, "photos in " + photos + " steps");
    }

    private static Question number(double v) {
        return new Question(Question.Kind.NUMBER, "How many?", List.of(), -1, v, 0, "", "f", null, 1, List.of(), List.of());
    }

    private static Step stepWith(String text, Question q) {
        return new Step(1, "t", 1, text, 1, null, List.of(q));
    }

    @Test
    void answersAreFoundInTheWaysLessonsWriteNumbers() {
        Question q = number(9216);
        for (String t : List.of("It costs 9216.", "It costs 9,216.", "It costs 9 216.", "$= 9\\,216$", "$9{,}216$", "9\u202f216 multiplies")) {
            assertNotNull(AnswerLeaks.find(stepWith(t, q), q), t);
        }
        for (String t : List.of("It costs 19216.", "92160 of them", "9,2160", "0.9216", "9 21 6")) {
            assertNull(AnswerLeaks.find(stepWith(t, q), q), t);
        }
        Question small = number(30);
        assertNull(AnswerLeaks.find(stepWith("The output is 30 wide.", small), small), "small whole numbers are not checked");
        Question dec = number(0.142);
        assertNotNull(AnswerLeaks.find(stepWith("about $0.142$", dec), dec));
        assertNotNull(AnswerLeaks.find(stepWith("about .142", dec), dec));
        assertNull(AnswerLeaks.find(stepWith("about 0.1424", dec), dec));
        Question choice = new Question(Question.Kind.CHOICE, "Why?", List.of("it is cheap", "the weights no longer sum to zero"), 1, 0, 0, "", "f",
                null, 1, List.of(), List.of());
        assertNotNull(AnswerLeaks.find(stepWith("Because The weights  no longer sum to zero, it fails.", choice), choice));
        assertNull(AnswerLeaks.find(stepWith("The weights sum to zero.", choice), choice));
    }
}
