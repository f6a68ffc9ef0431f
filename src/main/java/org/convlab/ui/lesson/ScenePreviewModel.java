package org.convlab.ui.lesson;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.convlab.engine.ConvResult;
import org.convlab.engine.Cost;
import org.convlab.engine.CostModel;
import org.convlab.engine.Method;
import org.convlab.lesson.Scene;
import org.convlab.lesson.SceneBuilder;
import org.convlab.ui.core.ComputeService;

/**
 * Shows a lesson scene beside the text until the workbench takes over: builds the scene's
 * engine inputs and runs them through {@link ComputeService}, keeping the built scene, the
 * result (output, intermediate, counted operations), for a low-rank approximation its output error
 * against the exact layer, and any error. The student may try
 * another method; {@link #apply} (the player's "reset this step") puts the lesson's back.
 */
public final class ScenePreviewModel implements SceneHost {
    /** What the preview shows: the built inputs, the engine's result, and the standard layer's cost by formula. */
    public record Shown(SceneBuilder.Built built, ConvResult result, Cost standard, double outputError) {
        public Shown(SceneBuilder.Built built, ConvResult result, Cost standard) { this(built, result, standard, Double.NaN); }
    }

    private final ComputeService compute;
    private final ObjectProperty<Scene> scene = new SimpleObjectProperty<>();
    private final ObjectProperty<Method> method = new SimpleObjectProperty<>();
    private final ObjectProperty<Shown> shown = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private SceneBuilder.Context context;
    private boolean applying;

    public ScenePreviewModel(ComputeService compute) {
        this.compute = compute;
        method.addListener((o, a, b) -> { if (!applying && b != null && scene.get() != null) run(); });
    }

    public ObjectProperty<Scene> sceneProperty() { return scene; }
    /** The method shown; the student may change it to explore. */
    public ObjectProperty<Method> methodProperty() { return method; }
    public ObjectProperty<Shown> shownProperty() { return shown; }
    public StringProperty errorProperty() { return error; }
    public BooleanProperty busyProperty() { return busy; }

    @Override public void apply(Scene s, SceneBuilder.Context ctx) {
        this.context = ctx;
        applying = true;
        scene.set(s);
        method.set(s.method());
        applying = false;
        run();
    }

    private void run() {
        Scene s = scene.get();
        if (s == null) return;
        Scene effective = method.get() == null ? s : s.withMethod(method.get());
        SceneBuilder.Context ctx = context;
        busy.set(true);
        shown.set(null); // never show the previous scene's numbers under this scene's description
        compute.submitLatest("lesson-scene", () -> {
            SceneBuilder.Built b = SceneBuilder.build(effective, ctx);
            ConvResult r = b.run();
            var in = b.image();
            var w = b.bank().standard();
            Cost std = CostModel.standard(in.channels(), in.height(), in.width(), w.filters(), w.kernelHeight(), w.kernelWidth(), b.spec(), false);
            // An approximation (low-rank) is also compared with the exact layer on the scene's own image.
            double outErr = effective.method() == Method.LOW_RANK
                    ? org.convlab.lesson.SceneMeasures.outputError(r, org.convlab.engine.Convolutions.run(b.standardRequest())) : Double.NaN;
            return new Shown(b, r, std, outErr);
        }, v -> {
            busy.set(false);
            error.set("");
            shown.set(v);
        }, err -> {
            busy.set(false);
            shown.set(null);
            error.set(err.getMessage() == null ? err.toString() : err.getMessage());
        });
    }
}
