package org.convlab.ui.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.convlab.engine.KernelPresets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The designer headless: type into a cell, move with arrows, scroll, and see the model change. */
@ExtendWith(ApplicationExtension.class)
class KernelDesignerViewTest {
    private KernelDesignerModel model;
    private KernelDesignerView view;

    @Start
    void start(Stage stage) {
        model = new KernelDesignerModel();
        view = new KernelDesignerView(model);
        stage.setScene(new Scene(new javafx.scene.control.ScrollPane(view.getRoot()), 560, 760));
        stage.show();
    }

    private Point2D cellCentre(FxRobot robot, int row, int col) {
        double c = view.getGrid().cellSize();
        return robot.point(view.getGrid()).atPosition(Pos.TOP_LEFT).atOffset(new Point2D(col * c + c / 2, row * c + c / 2)).query();
    }

    @Test
    void typeMoveAndScrollChangeTheModel(FxRobot robot) throws IOException {
        assertArrayEquals(KernelPresets.create("sobel-x", 3, 3, 0), model.getKernel());
        java.util.List<KeyCode> leaked = new java.util.ArrayList<>();
        view.getGrid().getScene().addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> leaked.add(e.getCode()));
        robot.clickOn(cellCentre(robot, 0, 0));
        robot.write("2.5").type(KeyCode.ENTER);
        assertEquals(2.5f, model.getKernel()[0]);
        assertTrue(leaked.stream().noneMatch(KeyCode::isDigitKey), "digits typed into the grid do not reach window shortcuts: " + leaked);

        robot.type(KeyCode.RIGHT).type(KeyCode.DOWN);
        assertEquals(1, view.getGrid().selectedRowProperty().get());
        assertEquals(1, view.getGrid().selectedColProperty().get());
        robot.write("-3").type(KeyCode.TAB);
        assertEquals(-3f, model.getKernel()[4]);
        assertEquals(2, view.getGrid().selectedColProperty().get(), "Tab commits and moves right");

        float before = model.getKernel()[8];
        robot.moveTo(cellCentre(robot, 1, 1)).scroll(2, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(-3f, model.getKernel()[4], "the wheel over a cell that is not the selected one edits nothing");
        robot.clickOn(cellCentre(robot, 2, 2));
        robot.moveTo(cellCentre(robot, 2, 2)).scroll(2, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        float after = model.getKernel()[8];
        assertNotEquals(before, after);
        assertEquals(0.2, Math.abs(after - before), 1e-5, "two wheel notches of 0.1");

        robot.clickOn(cellCentre(robot, 0, 1));
        robot.type(KeyCode.F2).write("abc").type(KeyCode.ENTER);
        assertTrue(view.getGrid().isEditing(), "a bad number keeps the editor open");
        robot.type(KeyCode.ESCAPE);
        assertEquals(0f, model.getKernel()[1], "nothing changed");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(before + (after - before) / 2, model.getKernel()[8], 1e-5, "undo removes one wheel notch");

        robot.interact(() -> view.getGrid().getParent().requestFocus());
        float unfocused = model.getKernel()[8];
        robot.moveTo(cellCentre(robot, 2, 2)).scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(unfocused, model.getKernel()[8], "scrolling past a grid without the focus never edits it");
    }

    @Test
    void badSizeTextIsRefusedNotThrown(FxRobot robot) {
        javafx.scene.control.Spinner<?> kh = robot.lookup("#kernel-height").queryAs(javafx.scene.control.Spinner.class);
        robot.interact(() -> {
            kh.getEditor().setText("abc");
            kh.commitValue();
        });
        assertEquals(3, model.getKernelHeight());
        robot.interact(() -> {
            kh.getEditor().setText("5");
            kh.commitValue();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, model.getKernelHeight(), "a valid number in the size spinner resizes the kernel");
        assertEquals(3, model.getKernelWidth());
    }

    @Test
    void dragChangesAValueInOneUndoStep(FxRobot robot) {
        robot.interact(() -> model.applyPreset("identity", 0));
        robot.drag(cellCentre(robot, 1, 1), javafx.scene.input.MouseButton.PRIMARY).moveBy(0, -30).moveBy(0, -20).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.5f, model.getKernel()[4], 1e-5, "50 px up at 0.01 per px");
        robot.interact(model::undo);
        assertEquals(1f, model.getKernel()[4], "the whole drag is one undo step");
    }

    @Test
    void saveAndLoadThroughTheFileActions(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        KernelDesignerModel model = new KernelDesignerModel(); // not shown: no FX-thread rules
        KernelFileActions files = new KernelFileActions(model, view.getSnapshotTarget());
        model.resize(5, 3);
        model.applyPreset("gaussian", 0.9);
        model.layerProperty().set(KernelDesignerModel.Layer.POINTWISE);
        model.paste("1 0 0\n0 0 1\n0 1 0");
        float[] kernel = model.getKernel();
        float[] pw = model.getBank().pointwise().data();
        files.save(dir.resolve("mix.kernel"));
        files.save(dir.resolve("pw.npy"));
        KernelDesignerModel other = new KernelDesignerModel();
        KernelFileActions otherFiles = new KernelFileActions(other, view.getSnapshotTarget());
        otherFiles.load(dir.resolve("mix.kernel"));
        assertArrayEquals(kernel, other.getKernel());
        assertArrayEquals(pw, other.getBank().pointwise().data());
        assertEquals(5, other.getKernelHeight());
        other.undo();
        assertEquals(3, other.getKernelHeight(), "a load is one undo step");
        other.filtersProperty().set(2);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> otherFiles.load(dir.resolve("pw.npy")));
        assertTrue(e.getMessage().startsWith("pw.npy: "), e.getMessage());
        assertEquals(3, other.getKernelHeight(), "a failed load changes nothing");
    }

    @Test
    void snapshotForALook(FxRobot robot) throws IOException {
        robot.interact(() -> model.applyPreset("sobel-x", 0));
        save(robot, "/tmp/kernel-designer.png");
        robot.interact(() -> {
            model.resize(15, 15);
            model.applyPreset("random", 4);
        });
        save(robot, "/tmp/kernel-designer-15.png");
        robot.interact(() -> {
            model.resize(3, 3);
            model.applyPreset("laplacian-4", 0);
            model.layerProperty().set(KernelDesignerModel.Layer.STANDARD);
            model.filterIndexProperty().set(1);
            model.setCell(1, 1, 2);
        });
        save(robot, "/tmp/kernel-designer-standard.png");
        robot.interact(() -> {
            model.layerProperty().set(KernelDesignerModel.Layer.POINTWISE);
            model.paste("1 0.5 0\n0 1 0\n0.25 0.25 0.5");
        });
        save(robot, "/tmp/kernel-designer-pointwise.png");
        assertTrue(Files.size(Path.of("/tmp/kernel-designer.png")) > 1000);
    }

    private void save(FxRobot robot, String path) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = view.getSnapshotTarget().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", new File(path));
    }
}
