package org.convlab.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.convlab.export.HeadlessFx;

class ExportBarTest {
    @BeforeAll static void fx() { HeadlessFx.start(); }

    @Test
    void theMenuFollowsTheSelectedTabAndOffersAGifOnlyWhereThereIsAnAnimation() {
        HeadlessFx.call(() -> {
            TabPane tabs = new TabPane();
            HBox bar = ExportBar.menuFor(tabs, s -> { });
            assertEquals(0, bar.getChildren().size(), "no tab, no menu");
            Pane plain = new StackPane();
            Pane animated = new StackPane();
            Pane panel = new StackPane();
            animated.getProperties().put(ExportBar.ANIMATION, new GifExportDialog.Animation() {
                @Override public int frameCount() { return 2; }
                @Override public int currentFrame() { return 0; }
                @Override public void showFrame(int i) { }
            });
            animated.getProperties().put(ExportBar.TARGET, (Supplier<Object>) () -> panel);
            tabs.getTabs().addAll(new Tab("Cost", plain), new Tab("Animation", animated));
            MenuButton m = (MenuButton) bar.getChildren().get(0);
            assertTrue(m.getItems().stream().noneMatch(i -> "export-gif".equals(i.getId())));
            tabs.getSelectionModel().select(1);
            m = (MenuButton) bar.getChildren().get(0);
            assertEquals(1, bar.getChildren().size());
            assertTrue(m.getItems().stream().anyMatch(i -> "export-gif".equals(i.getId())));
            assertSame(panel, ExportBar.property(animated, ExportBar.TARGET, javafx.scene.Node.class, animated));
            assertSame(plain, ExportBar.property(plain, ExportBar.TARGET, javafx.scene.Node.class, plain));
            return null;
        });
    }
}
