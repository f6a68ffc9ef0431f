package org.convlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.convlab.export.HeadlessFx;
import org.convlab.ui.Composition;
import org.convlab.ui.MainWindow;
import org.convlab.ui.Settings;
import org.convlab.ui.core.ComputeService;
import org.convlab.ui.core.KeyBinding;
import org.convlab.ui.core.Screen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shell's keys: arrows stay on the screen, F1 lists every screen's keys, Ctrl+Q saves and closes. */
class ShellKeysTest {
    @BeforeAll static void fx() { HeadlessFx.start(); }

    private static KeyEvent press(Node target, KeyCode code, boolean ctrl) {
        return new KeyEvent(target, target, KeyEvent.KEY_PRESSED, "", "", code, false, ctrl, false, false);
    }

    @Test
    void arrowsOnTheTabBarNeverLeaveAScreenThatUsesThem() {
        HeadlessFx.call(() -> {
            Composition.App app = Composition.build(ComputeService.synchronous(), new Settings(), false, null);
            MainWindow w = app.window();
            Stage st = new Stage();
            st.setScene(new Scene(w.getRoot(), 1280, 720));
            st.show();
            w.select("animation");
            w.getTabs().requestFocus();
            Event.fireEvent(w.getTabs(), press(w.getTabs(), KeyCode.RIGHT, false));
            Event.fireEvent(w.getTabs(), press(w.getTabs(), KeyCode.LEFT, false));
            assertEquals("tab-animation", w.getTabs().getSelectionModel().getSelectedItem().getId(), "→ and ← did not switch tabs");
            Event.fireEvent(w.getTabs(), new KeyEvent(w.getTabs(), w.getTabs(), KeyEvent.KEY_PRESSED, "7", "7", KeyCode.DIGIT7, false, false, false, false));
            assertEquals(org.convlab.engine.Method.GROUPED, app.animation().getModel().methodProperty().get(), "key 7 chose grouped");
            w.select("cost");
            assertFalse(w.screens().stream().filter(s -> s.id().equals("cost")).findFirst().orElseThrow().keys().stream()
                    .anyMatch(k -> k.keys().contains("←")), "the cost explorer declares no arrow keys");
            st.close();
            w.dispose();
            return null;
        });
    }

    @Test
    void f1ListsEveryScreensKeysAndCtrlQClosesTheWindow() {
        HeadlessFx.call(() -> {
            Composition.App app = Composition.build(ComputeService.synchronous(), new Settings(), false, null);
            MainWindow w = app.window();
            Stage st = new Stage();
            st.setScene(new Scene(w.getRoot(), 1280, 720));
            st.show();
            Event.fireEvent(w.getRoot(), press(w.getRoot(), KeyCode.F1, false));
            assertTrue(w.isHelpShown());
            w.getRoot().applyCss();   // the overlay's scroll pane shows its content once it has a skin
            w.getRoot().layout();
            Node overlay = w.getRoot().lookup("#help-overlay");
            java.util.Set<String> shown = new java.util.HashSet<>();
            for (Node n : ScreenChecks.all(overlay)) if (n instanceof Labeled l && l.getText() != null) shown.add(l.getText());
            for (Screen s : w.screens()) {
                assertTrue(shown.contains(s.title()) || shown.contains(s.title() + " (shown now)"), "a section for " + s.title());
                for (KeyBinding k : s.keys()) assertTrue(shown.contains(k.description()), s.title() + ": " + k.description());
            }
            Event.fireEvent(w.getRoot(), press(w.getRoot(), KeyCode.ESCAPE, false));
            assertFalse(w.isHelpShown());
            Event.fireEvent(w.getRoot(), press(w.getRoot(), KeyCode.Q, true));
            assertFalse(st.isShowing(), "Ctrl+Q closed the window");
            w.dispose();
            return null;
        });
    }
}
