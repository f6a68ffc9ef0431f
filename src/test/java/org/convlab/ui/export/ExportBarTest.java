package org.convlab.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.convlab.export.HeadlessFx;
import org.convlab.ui.core.ExportInfo;
import org.convlab.ui.core.Frames;
import org.convlab.ui.core.Screen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExportBarTest {
    @BeforeAll static void fx() { HeadlessFx.start(); }

    /** A screen with a root, a snapshot target and, optionally, frames. */
    private static Screen screen(String title, Node target, Frames frames) {
        StackPane root = new StackPane();
        return new Screen() {
            @Override public String id() { return title.toLowerCase(); }
            @Override public String title() { return title; }
            @Override public Parent root() { return root; }
            @Override public Node snapshotTarget() { return target == null ? root : target; }
            @Override public ExportInfo exportInfo() { return new ExportInfo("stem-" + id(), "L", "Step 2", "standard", "9 multiplies"); }
            @Override public Frames frames() { return frames; }
        };
    }

    @Test
    void theMenuFollowsTheSelectedScreenAndOffersAGifOnlyWhereThereAreFrames() {
        HeadlessFx.call(() -> {
            SimpleObjectProperty<Screen> selected = new SimpleObjectProperty<>();
            HBox bar = ExportBar.menuFor(selected, StackPane::new, s -> { });
            assertEquals(0, bar.getChildren().size(), "no screen, no menu");
            StackPane panel = new StackPane();
            Screen plain = screen("Cost", null, null);
            Screen animated = screen("Animation", panel, new Frames() {
                @Override public int count() { return 2; }
                @Override public int current() { return 0; }
                @Override public void show(int i) { }
            });
            selected.set(plain);
            MenuButton m = (MenuButton) bar.getChildren().get(0);
            assertTrue(m.getItems().stream().noneMatch(i -> "export-gif".equals(i.getId())));
            selected.set(animated);
            m = (MenuButton) bar.getChildren().get(0);
            assertEquals(1, bar.getChildren().size());
            assertTrue(m.getItems().stream().anyMatch(i -> "export-gif".equals(i.getId())));
            assertSame(panel, animated.snapshotTarget());
            assertEquals("L  ·  Step 2  ·  standard  ·  9 multiplies", ExportBar.caption(animated.exportInfo()).text());
            return null;
        });
    }
}
