package org.convlab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.convlab.lesson.LessonProgress;
import org.convlab.ui.core.ComputeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Smoke test of the real player, headless: next step, answer a question, reveal. */
@ExtendWith(ApplicationExtension.class)
class LessonViewFxTest {
    @TempDir static Path dir;
    private LessonView view;

    @Start
    void start(Stage stage) throws Exception {
        Path lessons = Files.createDirectories(dir.resolve("lessons-" + System.nanoTime()));
        Files.copy(Path.of("lessons/01-what-a-convolution-computes.md"), lessons.resolve("01.md"));
        view = new LessonView(ComputeService.synchronous(), new LessonProgress(dir.resolve("p-" + System.nanoTime())), lessons);
        stage.setScene(new Scene(view.getRoot(), 1200, 760));
        stage.show();
    }

    @Test
    void stepThroughAndAnswer(FxRobot robot) {
        assertEquals("Step 1 of 5 · A single bright dot", stepTitle(robot));
        robot.clickOn("#lesson-next");
        robot.clickOn("#lesson-next");
        assertEquals("Step 3 of 5 · Counting the whole image", stepTitle(robot));
        robot.clickOn("#lesson-answer-0").write("8100");
        robot.clickOn("#lesson-check-0");
        assertTrue(robot.lookup(".lesson-right").tryQuery().isPresent(), "a right answer is confirmed");
        assertTrue(robot.lookup("Answer: 8,100").tryQuery().isPresent() || view.getModel().answers().get(0).correct());
        assertEquals(8100, view.getSceneModel().shownProperty().get().result().counts().multiplies());
        robot.clickOn("#lesson-previous");
        assertEquals("Step 2 of 5 · One output pixel, step by step", stepTitle(robot));
    }

    private static String stepTitle(FxRobot robot) {
        return robot.lookup(".lesson-step-title").queryAs(Label.class).getText();
    }
}
