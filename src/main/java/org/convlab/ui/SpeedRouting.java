package org.convlab.ui;

import org.convlab.engine.perf.RaceLayer;
import org.convlab.lesson.Scene;
import org.convlab.ui.lesson.LessonView;
import org.convlab.ui.speed.SpeedScreen;

/**
 * "Open in Speed" for lesson steps: selects the Speed tab with the race layer that matches the
 * step's scene (512 channels: the 14×14×512 layer; 32: MobileNet's 112×112 block; 3: the
 * full-HD RGB filter). The student starts the race; its numbers are measured on their machine.
 */
final class SpeedRouting {
    private SpeedRouting() { }

    static void install(LessonView lessons, java.util.function.Consumer<String> select, SpeedScreen speed) {
        lessons.addSceneAction("Open in Speed", "lesson-open-speed", (scene, ctx) -> {
            RaceLayer l = layerFor(scene);
            if (l != null) speed.model().layerProperty().set(l);
            select.accept(speed.id());
        });
    }

    static RaceLayer layerFor(Scene s) {
        return switch (s.channels()) {
            case 512 -> RaceLayer.LAYER_14;
            case 32 -> RaceLayer.MOBILENET_112;
            case 3 -> RaceLayer.HD_RGB;
            default -> null;
        };
    }
}
