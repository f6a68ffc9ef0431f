package org.convlab.ui.lesson;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.convlab.export.ExportNames;
import org.convlab.lesson.Step;
import org.convlab.ui.core.ExportInfo;
import org.convlab.ui.core.KeyBinding;
import org.convlab.ui.core.Look;
import org.convlab.ui.core.Screen;

/**
 * The lesson player behind the {@link Screen} contract: an export is captioned with the lesson,
 * the step, the method shown and its counted work, and named {@code <lesson>-<step>-<method>.png}.
 */
public final class LessonsScreen implements Screen {
    public static final String ID = "lessons";

    private final LessonView view;

    public LessonsScreen(LessonView view) { this.view = view; }

    @Override public String id() { return ID; }
    @Override public String title() { return "Lessons"; }
    @Override public Parent root() { return view.getRoot(); }
    @Override public Node snapshotTarget() { return view.getSnapshotTarget(); }

    @Override public List<KeyBinding> keys() {
        return List.of(
                KeyBinding.of("Alt+Right", "Next step", () -> view.getModel().next()),
                KeyBinding.of("Alt+Left", "Previous step", () -> view.getModel().previous()),
                KeyBinding.info("Tab / Enter", "Move to the answer box / check the answer"));
    }

    @Override public ExportInfo exportInfo() {
        LessonModel m = view.getModel();
        ScenePreviewModel scene = view.getSceneModel();
        LessonModel.Entry e = m.selectedProperty().get();
        Step s = m.stepProperty().get();
        String method = scene.methodProperty().get() == null ? null : scene.methodProperty().get().id();
        if (e == null || s == null) return new ExportInfo("convlab-lessons", "Lessons", null, null, null);
        ScenePreviewModel.Shown shown = scene.shownProperty().get();
        String counts = shown == null ? null : String.format(Locale.ROOT, "%,d multiplies · %,d additions",
                shown.result().counts().multiplies(), shown.result().counts().additions());
        String name = ExportNames.suggested(ExportNames.lessonId(e.file().getFileName().toString()), s.number(), method, "png");
        return new ExportInfo(name.substring(0, name.length() - 4), e.title(),
                "Step " + s.number() + " of " + e.stepCount() + ": " + s.title(), method, counts);
    }

    @Override public void applyLook(Look look) { view.applyLook(look); }

    @Override public void shown() { view.getRoot().requestFocus(); }

    public LessonView view() { return view; }
}
