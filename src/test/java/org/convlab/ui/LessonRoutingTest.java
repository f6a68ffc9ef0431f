package org.convlab.ui;

import org.convlab.ui.core.ComputeService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.convlab.engine.Method;
import org.convlab.ui.animation.AnimationModel;
import org.convlab.ui.animation.AnimationView;
import org.convlab.lesson.LessonProgress;
import org.convlab.ui.lesson.LessonView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A lesson step opens in the real workbench and animation screens, with the step's settings. */
@ExtendWith(ApplicationExtension.class)
class LessonRoutingTest {
    @TempDir static Path home;
    private MainWindow window;
    private AnimationView animation;
    private LessonView lessons;
    private org.convlab.ui.workbench.WorkbenchModel workbench;

    @Start
    void start(Stage stage) throws Exception {
        // only lesson 03: the synchronous service checks every lesson's scenes in the engine during setup
        Path course = Files.createDirectories(home.resolve("course"));
        Files.copy(Path.of("lessons/03-spatial-separable.md"), course.resolve("03-spatial-separable.md"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Composition.App app = Composition.build(ComputeService.synchronous(), new Settings(), false, course);
        window = app.window();
        animation = app.animation();
        lessons = app.lessons();
        workbench = app.workbench();
        window.select("lessons");
        stage.setScene(new Scene(window.getRoot(), 1200, 760));
        stage.show();
    }

    @Test
    void spatialSeparableStepOpensInBothScreens(FxRobot robot) {
        robot.interact(() -> {
            var entry = lessons.getModel().lessons().stream()
                    .filter(e -> e.file().getFileName().toString().startsWith("03-")).findFirst().orElseThrow();
            lessons.getModel().select(entry);
            lessons.getModel().goTo(1); // "Sobel is a column times a row": spatial-separable, animation view
        });
        robot.clickOn("#lesson-open-workbench");
        assertEquals("Workbench", window.getTabs().getSelectionModel().getSelectedItem().getText());
        assertEquals(Method.SPATIAL_SEPARABLE, workbench.methodProperty().get());
        float[] k = workbench.bankProperty().get().kernel().data();
        assertEquals(-2f, k[3], 0f, "sobel-x arrives in the kernel designer");
        assertEquals(2f, k[5], 0f);
        assertTrue(workbench.inputProperty().get().height() > 1);

        robot.interact(() -> window.select("lessons"));
        robot.clickOn("#lesson-open-animation");
        assertEquals("Animation", window.getTabs().getSelectionModel().getSelectedItem().getText());
        AnimationModel anim = animation.getModel();
        assertEquals(Method.SPATIAL_SEPARABLE, anim.getTrace().method());
        assertTrue(anim.externalProperty().get() != null);
        assertTrue(robot.lookup("#animation-external").queryLabeled().isVisible(), "the animation says it shows the lesson scene");
        assertTrue(anim.getTrace().size() > 0);
        assertTrue(anim.externalProperty().get().image().height() <= 32);
    }
}
