package org.convlab.ui;

import java.util.function.Consumer;
import org.convlab.engine.Tensor;
import org.convlab.lesson.Scene;
import org.convlab.lesson.SceneBuilder;
import org.convlab.trace.TraceRecorder;
import org.convlab.ui.animation.AnimationModel;
import org.convlab.ui.core.ComputeService;
import org.convlab.ui.lesson.LessonView;
import org.convlab.ui.workbench.SceneRequest;
import org.convlab.ui.workbench.WorkbenchModel;

/**
 * Sends a lesson step's scene to the real screens, through their models: "Open in Workbench"
 * sends one {@link SceneRequest} to the {@link WorkbenchModel}; "Open in Animation" asks the
 * {@link AnimationModel} to trace the scene (cropped to what an animation can show) at the
 * step's position and granularity. The scene is built off the FX thread; a scene the engine
 * refuses is reported, and the screens keep what they had.
 */
public final class LessonRouting {
    /** The largest crop an animation traces (see {@link TraceRecorder}). */
    private static final int SIDE = 32;

    private LessonRouting() { }

    /**
     * Adds the two buttons to the lesson player; {@code select} brings a screen (by id) to the
     * front, {@code report} shows a problem (title, text).
     */
    public static void install(LessonView lessons, WorkbenchModel workbench, AnimationModel animation, ComputeService compute,
                               Consumer<String> select, java.util.function.BiConsumer<String, String> report) {
        lessons.addSceneAction("Open in Workbench", "lesson-open-workbench", (scene, ctx) -> build(scene, ctx, compute, report, b -> {
            workbench.apply(request(b));
            select.accept("workbench");
        }));
        lessons.addSceneAction("Open in Animation", "lesson-open-animation", (scene, ctx) -> build(scene, ctx, compute, report, b -> {
            toAnimation(b, animation);
            select.accept("animation");
        }));
    }

    private static void build(Scene scene, SceneBuilder.Context ctx, ComputeService compute,
                              java.util.function.BiConsumer<String, String> report, Consumer<SceneBuilder.Built> then) {
        compute.submit(() -> SceneBuilder.build(scene, ctx), then,
                e -> report.accept("This step cannot be opened", org.convlab.ui.core.UserMessages.of(e)));
    }

    /** The Workbench's view of a built lesson scene. */
    static SceneRequest request(SceneBuilder.Built b) {
        return new SceneRequest("lesson: " + b.scene().describe().split(" · ")[0], b.image(), b.spec(), b.bank(), b.method(), b.rank());
    }

    static void toAnimation(SceneBuilder.Built b, AnimationModel anim) {
        Tensor img = b.image();
        int h = Math.min(SIDE, img.height()), w = Math.min(SIDE, img.width());
        Tensor crop = TraceRecorder.crop(img, 0, img.channels(), (img.height() - h) / 2, (img.width() - w) / 2, h, w);
        String title = b.scene().describe() + (crop.height() < img.height() || crop.width() < img.width()
                ? " (centre " + h + "×" + w + " crop)" : "");
        Scene.Animation a = b.scene().animation();
        anim.granularityProperty().set(switch (a.granularity()) {
            case MULTIPLY -> AnimationModel.Granularity.MULTIPLY;
            case OUTPUT -> AnimationModel.Granularity.VALUE;
            case ROW -> AnimationModel.Granularity.ROW;
            case STAGE -> AnimationModel.Granularity.STAGE;
        });
        anim.showExternal(new AnimationModel.External(title, crop, b.bank(), b.spec(), Math.max(1, b.rank()), b.scene().shuffle(), b.scene().standard().label()), b.method(), a.position());
    }
}
