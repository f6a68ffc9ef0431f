package org.convlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.convlab.engine.ConvResult;
import org.convlab.engine.CostModel;
import org.convlab.engine.Method;
import org.junit.jupiter.api.Test;

/** The course in lessons/: every file loads, every step's scene builds and runs with the engine. */
class CourseTest {
    static final Path LESSONS = Path.of("lessons");

    @Test
    void everyLessonLoadsAndEveryStepRunsInTheEngine() throws Exception {
        List<Path> files = LessonChecker.lessonFiles(LESSONS);
        assertTrue(files.size() >= 9, "at least nine lessons, found " + files);
        for (Path f : files) {
            LessonParser.Result r = LessonParser.parse(f);
            assertEquals(List.of(), r.problems(), f.toString());
            Lesson l = r.lesson();
            assertTrue(l.steps().size() >= 3, f + " has several steps");
            assertTrue(l.questionCount() >= 1, f + " has a question");
            assertFalse(l.title().isBlank());
            SceneBuilder.Context ctx = SceneBuilder.Context.forLesson(f);
            for (Step s : l.steps()) {
                assertFalse(s.markdown().isBlank(), f + " step " + s.number() + " has text");
                SceneBuilder.Built b = SceneBuilder.build(s.scene(), ctx);
                ConvResult res = b.run();
                assertNotNull(res.output(), f + " step " + s.number());
                assertTrue(res.counts().multiplies() > 0);
                // The engine's loop counters agree with the closed-form formula for the scene.
                assertEquals(res.cost().multiplies(), res.counts().multiplies(), f + " step " + s.number());
            }
        }
    }

    @Test
    void theCheckerAcceptsTheWholeCourse() throws Exception {
        LessonChecker.Report r = LessonChecker.check(LESSONS);
        assertEquals(List.of(), r.problems());
        assertTrue(r.lessons().size() >= 9);
        assertTrue(r.questions() >= 9);
    }

    @Test
    void depthwiseSeparableSceneMatchesTheStandardConvolutionWithTheComposedKernel() throws Exception {
        Lesson l = LessonParser.parse(LESSONS.resolve("08-depthwise-separable.md")).lesson();
        SceneBuilder.Built b = SceneBuilder.build(l.steps().get(0).scene(), SceneBuilder.Context.forLesson(l.file()));
        assertEquals(Method.DEPTHWISE_SEPARABLE, b.method());
        ConvResult sep = b.run();
        ConvResult std = org.convlab.engine.Convolutions.run(b.standardRequest());
        assertTrue(sep.output().maxAbsDiff(std.output()) < 1e-5f);
        assertTrue(sep.counts().multiplies() < std.counts().multiplies());
        assertEquals(CostModel.standard(3, 32, 32, 4, 3, 3, b.spec(), false).multiplies(), std.counts().multiplies());
    }
}
