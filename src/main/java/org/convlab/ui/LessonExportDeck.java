package org.convlab.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import org.convlab.engine.ConvResult;
import org.convlab.engine.Tensor;
import org.convlab.engine.Weights;
import org.convlab.export.Caption;
import org.convlab.export.ExportDeck;
import org.convlab.export.RowRevealView;
import org.convlab.lesson.Lesson;
import org.convlab.lesson.LessonChecker;
import org.convlab.lesson.LessonProgress;
import org.convlab.lesson.Problem;
import org.convlab.lesson.SceneBuilder;
import org.convlab.lesson.Step;
import org.convlab.ui.core.ComputeService;
import org.convlab.ui.lesson.LessonModel;
import org.convlab.ui.lesson.LessonView;
import org.convlab.ui.lesson.ScenePreviewModel;
import org.convlab.ui.animation.AnimationModel;
import org.convlab.ui.animation.AnimationView;

/**
 * A lesson file as the export command renders it: each step is the app's lesson player
 * ({@link LessonView}) opened on that step, computed synchronously, exactly as the Lessons tab
 * shows it. Progress is kept in a temporary file, so exporting never changes a student's progress.
 *
 * <p>GIF frames come from the app's animation view replaying exactly the step's request.
 */
public final class LessonExportDeck implements ExportDeck {
    private final Path file;
    private final Lesson lesson;

    private LessonExportDeck(Path file, Lesson lesson) {
        this.file = file;
        this.lesson = lesson;
    }

    /**
     * Parses and checks a lesson (every scene built and run by the engine) before anything is
     * rendered; the first problem is reported like {@code lessons check} does ({@code file:line: message}).
     */
    public static LessonExportDeck load(Path file) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("lesson " + file + " does not exist");
        LessonChecker.Report r;
        try {
            r = LessonChecker.check(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read lesson " + file + ": " + e.getMessage(), e);
        }
        List<Problem> p = r.problems();
        if (!p.isEmpty() || r.lessons().size() != 1) {
            String first = p.isEmpty() ? file + ": cannot read lesson" : p.get(0).toString();
            throw new IllegalArgumentException(first + (p.size() > 1 ? " (and " + (p.size() - 1) + " more; run 'convlab lessons check')" : ""));
        }
        Lesson lesson = r.lessons().get(0);
        if (lesson.steps().isEmpty()) throw new IllegalArgumentException(file + ": the lesson has no steps");
        return new LessonExportDeck(file.toAbsolutePath().normalize(), lesson);
    }

    @Override public String lessonId() { return org.convlab.export.ExportNames.lessonId(file.getFileName().toString()); }
    @Override public String lessonTitle() { return lesson.title(); }
    @Override public int stepCount() { return lesson.steps().size(); }

    private Step step(int n) {
        if (n < 1 || n > stepCount()) {
            throw new IllegalArgumentException("step " + n + " is out of range: " + file.getFileName() + " has " + stepCount() + " step(s)");
        }
        return lesson.steps().get(n - 1);
    }

    @Override public StepView view(int n) {
        Step step = step(n);
        Path progressFile;
        try {
            progressFile = Files.createTempFile("convlab-export-progress", ".properties");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file: " + e.getMessage(), e);
        }
        LessonView v = new LessonView(ComputeService.synchronous(), new LessonProgress(progressFile), null);
        themed(v.getRoot());
        LessonModel m = v.getModel();
        LessonModel.Entry entry = new LessonModel.Entry(file, lesson, List.of());
        m.lessons().setAll(entry);
        m.select(entry);
        m.goTo(n - 1);
        ScenePreviewModel scene = v.getSceneModel();
        ScenePreviewModel.Shown shown = scene.shownProperty().get();
        String error = scene.errorProperty().get();
        if (shown == null) {
            deleteQuietly(progressFile);
            throw new IllegalArgumentException(file.getFileName() + " step " + n + ": " + (error == null || error.isBlank() ? "the scene did not compute" : error));
        }
        ConvResult r = shown.result();
        Caption caption = new Caption(lesson.title(), "Step " + n + " of " + stepCount() + ": " + step.title(),
                shown.built().method().id(), counts(r));
        return new StepView() {
            @Override public Parent root() { return v.getRoot(); }
            @Override public Caption caption() { return caption; }
            @Override public void dispose() { deleteQuietly(progressFile); }
        };
    }

    /**
     * The step's scene in the app's animation view, replaying exactly the step's request; frame i
     * is the position after i steps of {@code granularity}. When the scene is too big to trace,
     * a simple row-by-row view of the same computed result stands in.
     */
    StepView animationView(int n, AnimationModel.Granularity granularity) {
        Step step = step(n);
        SceneBuilder.Built b = SceneBuilder.build(step.scene(), SceneBuilder.Context.forLesson(file));
        AnimationView av = new AnimationView(ComputeService.synchronous());
        AnimationModel m = av.getModel();
        m.granularityProperty().set(granularity);
        // a PNG shows the scene's animation position (a GIF then moves through its frames from 0)
        m.showExternal(new AnimationModel.External(lesson.title() + " · step " + n, b.image(), b.bank(), b.spec(), b.rank(),
                step.scene().shuffle(), step.scene().standard().label()), b.method(), step.scene().animation().position());
        if (m.getTrace() == null || !m.getTrace().meta().method().equals(b.method())) {
            av.dispose();
            return rowReveal(n, step, b);
        }
        org.convlab.ui.core.Frames frames = org.convlab.ui.animation.AnimationExportHooks.frames(m);
        String title = lesson.title(), stepLabel = "Step " + n + " of " + stepCount() + ": " + step.title();
        return new StepView() {
            @Override public Parent root() { return av.getRoot(); }
            @Override public javafx.scene.Node snapshotTarget() { return av.getSnapshotTarget(); }
            @Override public Caption caption() {
                return new Caption(title, stepLabel, b.method().id(), String.format(Locale.ROOT, "%,d of %,d multiplies",
                        m.multipliesProperty().get(), m.totalMultipliesProperty().get()));
            }
            @Override public int frameCount() { return frames.count(); }
            @Override public void showFrame(int i) { frames.show(i); }
            @Override public void dispose() { av.dispose(); }
        };
    }

    private StepView rowReveal(int n, Step step, SceneBuilder.Built b) {
        ConvResult r = b.run();
        Weights w = b.request().weights();
        Tensor k = new Tensor(1, w.kernelHeight(), w.kernelWidth(), w.slice(0, 0));
        RowRevealView.StepData d = new RowRevealView.StepData(lesson.title(), n, stepCount(), step.title(),
                text(step.markdown()), b.image(), k, w.kernelHeight() + "×" + w.kernelWidth() + " (filter 1, channel 1)", b.method(), r);
        return new RowRevealView(d, "(too large to trace step by step: the output fills in one row per frame)");
    }

    /**
     * An export deck whose views are the step's animation (for --gif), one frame per
     * {@code multiply}, {@code value} (or {@code output}), {@code row} or {@code stage}.
     */
    public ExportDeck animated(String granularity) {
        return animated(granularity(granularity));
    }

    /** The granularity named {@code g}; an unknown name is an {@link IllegalArgumentException}. */
    public static AnimationModel.Granularity granularity(String g) {
        return switch (g.trim().toLowerCase(Locale.ROOT)) {
            case "multiply" -> AnimationModel.Granularity.MULTIPLY;
            case "value", "output" -> AnimationModel.Granularity.VALUE;
            case "row" -> AnimationModel.Granularity.ROW;
            case "stage" -> AnimationModel.Granularity.STAGE;
            default -> throw new IllegalArgumentException("--granularity must be multiply, value, row or stage, got '" + g + "'");
        };
    }

    ExportDeck animated(AnimationModel.Granularity granularity) {
        LessonExportDeck self = this;
        return new ExportDeck() {
            @Override public String lessonId() { return self.lessonId(); }
            @Override public String lessonTitle() { return self.lessonTitle(); }
            @Override public int stepCount() { return self.stepCount(); }
            @Override public StepView view(int n) { return self.animationView(n, granularity); }
        };
    }

    /** The app's light theme on a view rendered outside the window (its colours are the theme's looked-up colours). */
    static void themed(Parent root) {
        root.getStyleClass().add("convlab-root");
        root.getStylesheets().add(0, MainWindow.class.getResource(MainWindow.BASE_CSS).toExternalForm());
    }

    static String counts(ConvResult r) {
        return String.format(Locale.ROOT, "%,d multiplies · %,d additions", r.counts().multiplies(), r.counts().additions());
    }

    /** The step's text rendered as the player renders it (Markdown, JLaTeXMath formulas), in a column 372 wide. */
    static javafx.scene.Node text(String markdown) {
        javafx.scene.layout.VBox box = new org.convlab.ui.lesson.LessonText(15).render(markdown);
        box.setPrefWidth(372);
        box.setMaxWidth(372);
        return box;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temporary file; the OS cleans it up
        }
    }
}
