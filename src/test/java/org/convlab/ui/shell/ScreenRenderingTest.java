package org.convlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.convlab.export.HeadlessFx;
import org.convlab.ui.Snapshots;
import org.convlab.ui.core.Look;
import org.convlab.ui.core.Screen;
import org.convlab.ui.core.Theme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every screen of the real window (found through the Screen contract), laid out headless at the
 * classroom sizes, normal and in presentation mode: no text cut off with "…", no controls on top
 * of each other or cut off by the window's edge; and in every theme no text below WCAG 2.1 AA contrast (4.5:1).
 */
class ScreenRenderingTest {
    private static final int[][] SIZES = {{1280, 720}, {1600, 900}, {1920, 1080}};
    private static Snapshots.Stage stage;

    @BeforeAll static void open() {
        HeadlessFx.start();
        stage = HeadlessFx.call(() -> Snapshots.Stage.open(1280, 720));
    }

    @AfterAll static void close() { HeadlessFx.call(() -> { stage.close(); return null; }); }

    private static List<String> ids() {
        return HeadlessFx.call(() -> stage.window().screens().stream().map(Screen::id).toList());
    }

    @Test
    void nothingIsElidedOrOverlapsAtClassroomSizes() {
        List<String> problems = new ArrayList<>();
        for (String id : ids()) {
            for (int[] wh : SIZES) {
                for (boolean presentation : new boolean[] {false, true}) {
                    Look look = new Look(Theme.LIGHT, presentation ? Snapshots.PRESENTATION_SCALE : 1.0, presentation);
                    String where = id + " " + wh[0] + "×" + wh[1] + (presentation ? " presentation" : "") + ": ";
                    HeadlessFx.call(() -> {
                        stage.show(id, wh[0], wh[1], look);
                        var root = stage.window().getRoot();
                        ScreenChecks.elided(root).forEach(p -> problems.add(where + p));
                        ScreenChecks.overlaps(root).forEach(p -> problems.add(where + p));
                        ScreenChecks.cutOff(root).forEach(p -> problems.add(where + p));
                        return null;
                    });
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problem(s):\n" + String.join("\n", problems));
    }

    @Test
    void everyTextMeetsAaContrastInEveryTheme() {
        List<String> problems = new ArrayList<>();
        for (String id : ids()) {
            for (Theme t : Theme.values()) {
                for (boolean presentation : new boolean[] {false, true}) {
                    Look look = new Look(t, presentation ? Snapshots.PRESENTATION_SCALE : 1.0, presentation);
                    String where = id + " " + t.name().toLowerCase() + (presentation ? " presentation" : "") + ": ";
                    HeadlessFx.call(() -> {
                        stage.show(id, 1600, 900, look);
                        ScreenChecks.lowContrast(stage.window().getRoot(), 4.5).forEach(p -> problems.add(where + p));
                        return null;
                    });
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problem(s):\n" + String.join("\n", problems));
    }
}
