package org.convlab.ui.lesson;

import java.util.Locale;
import java.util.function.Supplier;
import org.convlab.lesson.Step;
import org.convlab.export.Caption;
import org.convlab.export.ExportNames;
import org.convlab.ui.export.ExportBar;

/**
 * Tells the main window's Export menu ({@link ExportBar}) about the lesson player: the caption
 * names the lesson, the step, the method shown and its counted work, and the file name is
 * {@code <lesson>-<step>-<method>.png}.
 */
public final class LessonExportHooks {
    private LessonExportHooks() { }

    /** Sets the export properties on the view's root and returns the view. */
    public static LessonView attach(LessonView view) {
        LessonModel m = view.getModel();
        ScenePreviewModel scene = view.getSceneModel();
        Supplier<Caption> caption = () -> {
            LessonModel.Entry e = m.selectedProperty().get();
            Step s = m.stepProperty().get();
            if (e == null || s == null) return new Caption("Lessons", null, null, null);
            ScenePreviewModel.Shown shown = scene.shownProperty().get();
            String counts = shown == null ? null : String.format(Locale.ROOT, "%,d multiplies · %,d additions",
                    shown.result().counts().multiplies(), shown.result().counts().additions());
            String method = scene.methodProperty().get() == null ? null : scene.methodProperty().get().id();
            return new Caption(e.title(), "Step " + s.number() + " of " + e.stepCount() + ": " + s.title(), method, counts);
        };
        Supplier<String> stem = () -> {
            LessonModel.Entry e = m.selectedProperty().get();
            Step s = m.stepProperty().get();
            String method = scene.methodProperty().get() == null ? null : scene.methodProperty().get().id();
            if (e == null || s == null) return "convlab-lessons";
            String name = ExportNames.suggested(ExportNames.lessonId(e.file().getFileName().toString()), s.number(), method, "png");
            return name.substring(0, name.length() - 4);
        };
        view.getRoot().getProperties().put(ExportBar.CAPTION, caption);
        view.getRoot().getProperties().put(ExportBar.FILE_STEM, stem);
        view.getRoot().getProperties().put(ExportBar.TARGET, (Supplier<javafx.scene.Node>) view::getSnapshotTarget);
        return view;
    }
}
