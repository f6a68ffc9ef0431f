package org.convlab.ui;

import org.convlab.ui.core.ComputeService;
import java.util.Map;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Padding;
import org.convlab.engine.Tensor;
import org.convlab.lesson.Scene;
import org.convlab.lesson.SceneBuilder;
import org.convlab.trace.TraceRecorder;
import org.convlab.ui.animation.AnimationModel;
import org.convlab.ui.animation.AnimationView;
import org.convlab.ui.kernel.KernelDesignerModel;
import org.convlab.ui.lesson.LessonView;
import org.convlab.ui.workbench.WorkbenchModel;

/**
 * Sends a lesson step's scene to the real screens: "Open in Workbench" sets image, kernel,
 * method and parameters there; "Open in Animation" traces the scene (cropped to what an
 * animation can show) at the step's position and granularity. The scene is built off the FX
 * thread; a scene the engine refuses is reported, and the screens keep what they had.
 */
public final class LessonRouting {
    /** The largest crop an animation traces (see {@link TraceRecorder}). */
    private static final int SIDE = 32;

    private LessonRouting() { }

    public static void install(LessonView lessons, MainWindow window, AnimationView animation, ComputeService compute) {
        lessons.addSceneAction("Open in Workbench", "lesson-open-workbench",
                (scene, ctx) -> build(scene, ctx, compute, window, b -> toWorkbench(b, window)));
        lessons.addSceneAction("Open in Animation", "lesson-open-animation",
                (scene, ctx) -> build(scene, ctx, compute, window, b -> toAnimation(b, animation.getModel(), window)));
    }

    private static void build(Scene scene, SceneBuilder.Context ctx, ComputeService compute, MainWindow window,
                              java.util.function.Consumer<SceneBuilder.Built> then) {
        compute.submit(() -> SceneBuilder.build(scene, ctx), then,
                e -> window.getWorkbench().notify("This step cannot be opened", e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    static void toWorkbench(SceneBuilder.Built b, MainWindow window) {
        WorkbenchModel wb = window.getWorkbench();
        wb.setImage("lesson: " + b.scene().describe().split(" · ")[0], "", b.image());
        ConvSpec spec = b.spec();
        wb.strideProperty().set(spec.strideH());
        wb.dilationProperty().set(spec.dilationH());
        Padding p = spec.padding();
        wb.paddingModeProperty().set(switch (p.mode()) {
            case SAME -> WorkbenchModel.PaddingMode.SAME;
            case VALID -> WorkbenchModel.PaddingMode.VALID;
            case EXPLICIT -> WorkbenchModel.PaddingMode.EXPLICIT;
        });
        if (p.mode() == Padding.Mode.EXPLICIT) wb.paddingAmountProperty().set(p.height());
        int f = b.bank().filters();
        wb.filtersProperty().set(f == b.image().channels() ? 0 : f);
        wb.rankProperty().set(Math.max(1, b.rank()));
        KernelDesignerModel designer = window.getKernelDesigner();
        designer.loadAll(Map.of(KernelDesignerModel.Layer.KERNEL, b.bank().kernel()), "the lesson step");
        try {
            designer.loadAll(Map.of(KernelDesignerModel.Layer.POINTWISE, b.bank().pointwise()), "the lesson step");
        } catch (IllegalArgumentException ignored) {
            // the default mixing stays: the step's pointwise matrix does not fit the workbench's filters
        }
        wb.methodProperty().set(b.method());
        window.selectScreen("Workbench");
    }

    static void toAnimation(SceneBuilder.Built b, AnimationModel anim, MainWindow window) {
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
        window.selectScreen("Animation");
    }
}
