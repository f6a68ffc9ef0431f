package org.convlab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.convlab.engine.Method;
import org.convlab.lesson.LessonProgress;
import org.convlab.lesson.Scene;
import org.convlab.ui.core.ComputeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The player's model without a robot: loading, navigation, questions, reset and progress. */
class LessonModelTest {
    @TempDir Path dir;
    private Path lessons, progressFile;
    private final List<Scene> applied = new ArrayList<>();

    @BeforeEach
    void copyLessons() throws Exception {
        lessons = Files.createDirectories(dir.resolve("lessons"));
        Files.copy(Path.of("lessons/01-what-a-convolution-computes.md"), lessons.resolve("01-what-a-convolution-computes.md"));
        Files.copy(Path.of("lessons/03-spatial-separable.md"), lessons.resolve("03-spatial-separable.md"));
        Files.writeString(lessons.resolve("02-broken.md"), "---\ntitle: Broken\n---\n\n## One\n\n```scene\nimage: dot\nkernel: laplacian-4\nmethod: spatial-separable\n```\n\nText.\n");
        progressFile = dir.resolve("home/lesson-progress.properties");
    }

    private LessonModel model() {
        LessonModel m = new LessonModel(ComputeService.synchronous(), (s, ctx) -> applied.add(s), new LessonProgress(progressFile));
        m.openFolder(lessons);
        return m;
    }

    @Test
    void theBuiltInCourseIsNamedNotItsUnpackedPath() {
        assertEquals("the built-in course", LessonModel.folderName(Path.of("/home/u/.convlab/builtin/1796450280905/lessons")));
        assertEquals(Path.of("/home/u/my-lessons").toString(), LessonModel.folderName(Path.of("/home/u/my-lessons")));
    }

    @Test
    void opensAFolderAndSelectsTheFirstLesson() {
        LessonModel m = model();
        assertEquals(3, m.lessons().size());
        assertEquals("What a convolution computes", m.selectedProperty().get().title());
        assertEquals(0, m.stepIndexProperty().get());
        assertEquals("A single bright dot", m.stepProperty().get().title());
        assertEquals(1, applied.size());
        assertFalse(m.loadingProperty().get());
    }

    @Test
    void brokenLessonsShowTheCheckersMessagesAndTheRestStillWorks() {
        LessonModel m = model();
        LessonModel.Entry broken = m.lessons().get(1);
        assertTrue(broken.broken());
        assertEquals(1, broken.problems().size());
        assertEquals(10, broken.problems().get(0).line());
        assertTrue(broken.problems().get(0).message().contains("not separable"));
        m.select(broken);
        assertNull(m.stepProperty().get());
        assertFalse(m.canNextProperty().get());
        m.next(); // no effect, no exception
        m.select(m.lessons().get(2));
        assertEquals("Sobel, the usual way", m.stepProperty().get().title());
    }

    @Test
    void nextAndPreviousStopAtTheEnds() {
        LessonModel m = model();
        assertFalse(m.canPreviousProperty().get());
        m.previous();
        assertEquals(0, m.stepIndexProperty().get());
        for (int i = 0; i < 10; i++) m.next();
        assertEquals(4, m.stepIndexProperty().get());
        assertFalse(m.canNextProperty().get());
        m.previous();
        assertEquals(3, m.stepIndexProperty().get());
        assertEquals(6, applied.size()); // first open + 4 forward + 1 back
    }

    @Test
    void questionsCheckAndReveal() {
        LessonModel m = model();
        m.next(); m.next(); // step 3: 8100 multiplies
        assertTrue(m.answerNumber(0, "8,100").correct());
        assertFalse(m.answerNumber(0, "8000").correct());
        assertNull(m.answerNumber(0, "lots"));
        m.reveal(0);
        assertTrue(m.answers().get(0).revealed());
        m.previous(); m.previous();
        assertTrue(m.answers().isEmpty());
        assertFalse(m.answerChoice(0, 0).correct());
        assertTrue(m.answerChoice(0, 1).correct());
    }

    @Test
    void anOpenQuestionHidesWhatItAsksForUntilAnsweredOrRevealed() {
        LessonModel m = model();
        var hidden = m.reveal().hidden();
        m.next(); m.next(); // step 3: "How many multiplies…", measures: multiplies
        assertTrue(hidden.contains(org.convlab.ui.core.Quantity.MULTIPLIES));
        m.answerNumber(0, "8000");
        assertTrue(hidden.contains(org.convlab.ui.core.Quantity.MULTIPLIES), "a wrong answer keeps it hidden");
        m.answerNumber(0, "8100");
        assertFalse(hidden.contains(org.convlab.ui.core.Quantity.MULTIPLIES), "a right answer shows it");
        m.resetStep();
        assertTrue(hidden.contains(org.convlab.ui.core.Quantity.MULTIPLIES), "reset asks again");
        m.reveal(0);
        assertFalse(hidden.contains(org.convlab.ui.core.Quantity.MULTIPLIES));
        m.next();
        m.previous();
        assertTrue(hidden.contains(org.convlab.ui.core.Quantity.MULTIPLIES), "coming back asks again");
    }

    @Test
    void resetPutsTheSceneBackAndClearsAnswers() {
        LessonModel m = model();
        m.answerChoice(0, 1);
        m.resetStep();
        assertTrue(m.answers().isEmpty());
        assertEquals(2, applied.size());
        assertEquals(applied.get(0), applied.get(1));
    }

    @Test
    void progressIsRememberedBetweenRuns() {
        LessonModel m = model();
        m.next(); m.next();
        LessonModel.Entry first = m.selectedProperty().get();
        assertEquals("5 steps · 3/5 seen", m.progressText(first));
        LessonModel again = model();
        assertEquals(2, again.stepIndexProperty().get());
        assertEquals(0.6, again.progressFraction(again.lessons().get(0)), 1e-9);
    }

    @Test
    void scenePreviewRunsTheEngineAndLetsTheStudentExplore() {
        ScenePreviewModel preview = new ScenePreviewModel(ComputeService.synchronous());
        LessonModel m = new LessonModel(ComputeService.synchronous(), preview, new LessonProgress(progressFile));
        m.openFolder(lessons);
        m.select(m.lessons().get(2)); // spatial-separable lesson, step 1: Sobel, standard, 32×32 same
        assertNotNull(preview.shownProperty().get());
        assertEquals(9216, preview.shownProperty().get().result().counts().multiplies());
        preview.methodProperty().set(Method.SPATIAL_SEPARABLE);
        assertEquals(6144, preview.shownProperty().get().result().counts().multiplies());
        m.resetStep();
        assertEquals(Method.STANDARD, preview.methodProperty().get());
        assertEquals(9216, preview.shownProperty().get().result().counts().multiplies());
        preview.methodProperty().set(Method.LOW_RANK);
        assertEquals("", preview.errorProperty().get());
        m.select(m.lessons().get(0));
        assertEquals(729, preview.shownProperty().get().result().counts().multiplies());
    }
}
