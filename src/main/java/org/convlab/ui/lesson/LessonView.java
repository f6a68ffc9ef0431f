package org.convlab.ui.lesson;

import org.convlab.lesson.SceneBuilder;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.convlab.lesson.LessonLibrary;
import org.convlab.lesson.LessonProgress;
import org.convlab.ui.core.Reveal;
import org.convlab.lesson.Problem;
import org.convlab.lesson.Step;
import org.convlab.ui.core.ComputeService;

/**
 * The lesson player: a browser of lessons (title, length, progress), the current step's text
 * with formulas and "predict, then reveal" questions, and the step's scene beside it.
 * Code-only; all state lives in {@link LessonModel} and {@link ScenePreviewModel}.
 */
public final class LessonView {
    public static final String CSS_ROOT = "lesson-player";
    public static final String CSS_TITLE = "lesson-title";
    public static final String CSS_PROBLEM = "lesson-problem";
    static final double FONT = 15;
    /** Colours are the app theme's looked-up colours (-cl-*), sizes in em: themes and presentation mode reach the lesson. */
    private static final String STYLES = """
            .lesson-player { -fx-background-color: -cl-bg; }
            .lesson-browser { -fx-min-width: 17em; }
            .lesson-title { -fx-font-size: 1.7em; -fx-font-weight: bold; -fx-text-fill: -cl-text; }
            .lesson-step-title { -fx-font-size: 1.25em; -fx-text-fill: -cl-muted; }
            .lesson-heading { -fx-padding: 6 0 0 0; }
            .lesson-code { -fx-font-family: 'DejaVu Sans Mono', monospace; -fx-background-color: -cl-cell-bg; -fx-padding: 6; }
            .lesson-problem { -fx-font-family: 'DejaVu Sans Mono', monospace; -fx-text-fill: -cl-error-text; }
            .lesson-question { -fx-background-color: -cl-hint-bg; -fx-border-color: -cl-accent; -fx-border-radius: 4;
                               -fx-background-radius: 4; -fx-padding: 12; }
            .lesson-right { -fx-text-fill: -cl-ok; -fx-font-weight: bold; }
            .lesson-wrong { -fx-text-fill: -cl-error-text; -fx-font-weight: bold; }
            .lesson-body { -fx-fill: -cl-text; }
            .lesson-link { -fx-fill: -cl-accent; -fx-underline: true; }
            .lesson-formula-error { -fx-fill: -cl-error-text; }
            .lesson-muted { -fx-text-fill: -cl-muted; -fx-font-size: 0.85em; }
            .lesson-text-scroll, .lesson-text-scroll > .viewport { -fx-background-color: -cl-panel; -fx-background: -cl-panel; }
            .scene-preview { -fx-background-color: -cl-panel; }
            .scene-caption { -fx-font-size: 0.85em; -fx-font-weight: bold; -fx-text-fill: -cl-muted; }
            .scene-panel { -fx-padding: 6; -fx-border-color: transparent; -fx-border-width: 3; }
            .scene-panel-highlight { -fx-border-color: -cl-accent; -fx-border-width: 3; -fx-border-radius: 4; }
            .lesson-list .list-cell { -fx-padding: 8 10; }
            .lesson-list .list-cell:filled:selected .label { -fx-text-fill: -fx-selection-bar-text; }
            """;


    private final LessonModel model;
    private final ScenePreviewModel scene;
    private final BorderPane root = new BorderPane();
    private final ListView<LessonModel.Entry> list = new ListView<>();
    private final Label lessonTitle = new Label();
    private final Label stepTitle = new Label();
    private final VBox content = new VBox(14);
    private final ProgressBar progress = new ProgressBar(0);
    private final ScrollPane textScroll = new ScrollPane(content);
    /** Previous, Next, Reset and the scene actions, in one flow that wraps at classroom sizes. */
    private final javafx.scene.layout.FlowPane nav = new javafx.scene.layout.FlowPane(8, 8);

    /** The player over the built-in course and the user's lessons folder, reading files and running scenes with {@code compute}. */
    public LessonView(ComputeService compute) {
        this(compute, new Reveal());
    }

    /** As {@link #LessonView(ComputeService)}, filling the shared predict-then-reveal state {@code reveal}. */
    public LessonView(ComputeService compute, Reveal reveal) {
        this(compute, LessonProgress.inHome(), null, reveal);
        model.openLibrary(defaultFolders());
    }

    public LessonView(ComputeService compute, LessonProgress progress, Path folder) {
        this(compute, progress, folder, new Reveal());
    }

    public LessonView(ComputeService compute, LessonProgress progress, Path folder, Reveal reveal) {
        scene = new ScenePreviewModel(compute);
        model = new LessonModel(compute, scene, progress, reveal);
        build();
        if (folder != null) model.openFolder(folder);
    }

    /** The built-in course (or {@code convlab.lessons} if set), or null if there is none. */
    public static Path defaultFolder() {
        Path b = LessonLibrary.builtIn(LessonLibrary.home());
        return b != null && Files.isDirectory(b) ? b : null;
    }

    /** The built-in course and, if it exists, the user's lessons folder ({@code ~/.convlab/lessons}). */
    public static List<Path> defaultFolders() {
        try {
            return LessonLibrary.folders(LessonLibrary.home());
        } catch (java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    /**
     * Adds a button beside "Reset this step" that hands the current step's scene to
     * {@code host} (e.g. the real workbench or animation screen).
     */
    public Button addSceneAction(String label, String id, SceneHost host) {
        Button b = new Button(label);
        b.setId(id);
        b.disableProperty().bind(model.stepProperty().isNull());
        b.setOnAction(e -> {
            var step = model.stepProperty().get();
            var entry = model.selectedProperty().get();
            if (step != null && entry != null) host.apply(step.scene(), SceneBuilder.Context.forLesson(entry.file()));
        });
        b.setMinWidth(Region.USE_PREF_SIZE);
        nav.getChildren().add(b);
        return b;
    }

    public LessonModel getModel() { return model; }
    public ScenePreviewModel getSceneModel() { return scene; }
    public Parent getRoot() { return root; }
    public Node getSnapshotTarget() { return root; }

    /** Theme and zoom changed: the lesson text and formulas follow (labels follow the root font size). */
    public void applyLook(org.convlab.ui.core.Look look) {
        if (look.equals(this.look)) return;
        this.look = look;
        refresh();
    }

    private org.convlab.ui.core.Look look = org.convlab.ui.core.Look.DEFAULT;

    private LessonText renderer() { return new LessonText(FONT * look.scale(), look.palette().text()); }

    private void build() {
        root.getStyleClass().add(CSS_ROOT);
        root.getStylesheets().add("data:text/css;base64," + java.util.Base64.getEncoder().encodeToString(STYLES.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        // Browser
        Label head = new Label("LESSONS");
        head.getStyleClass().add(ScenePreviewView.CSS_CAPTION);
        list.setItems(model.lessons());
        list.getStyleClass().add("lesson-list");
        list.setId("lesson-list");
        list.setCellFactory(v -> new EntryCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != model.selectedProperty().get()) model.select(b);
        });
        model.selectedProperty().addListener((o, a, b) -> {
            if (b != null && list.getSelectionModel().getSelectedItem() != b) list.getSelectionModel().select(b);
            refresh();
        });
        model.progressVersionProperty().addListener((o, a, b) -> list.refresh());
        Button open = new Button("Open lesson folder…");
        open.setId("lesson-open-folder");
        open.setMaxWidth(Double.MAX_VALUE);
        open.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the browser widens rather than cut the label
        open.setOnAction(e -> chooseFolder());
        Label status = new Label();
        status.setWrapText(true);
        status.getStyleClass().add("lesson-muted");
        status.textProperty().bind(model.statusProperty());
        VBox browser = new VBox(8, head, list, open, status);
        VBox.setVgrow(list, Priority.ALWAYS);
        browser.setPadding(new Insets(12));
        browser.getStyleClass().add("lesson-browser"); // 17em: grows with the font, titles wrap between words

        // Text and navigation
        lessonTitle.getStyleClass().add(CSS_TITLE);
        lessonTitle.setWrapText(true);
        stepTitle.getStyleClass().add("lesson-step-title");
        stepTitle.setWrapText(true);
        VBox header = new VBox(4, lessonTitle, stepTitle, progress);
        progress.setMaxWidth(Double.MAX_VALUE);
        header.setPadding(new Insets(16, 18, 8, 18));
        content.setPadding(new Insets(8, 18, 18, 18));
        textScroll.setFitToWidth(true);
        textScroll.getStyleClass().add("lesson-text-scroll");
        Button prev = new Button("◀ Previous");
        prev.setId("lesson-previous");
        prev.disableProperty().bind(model.canPreviousProperty().not());
        prev.setOnAction(e -> model.previous());
        Button reset = new Button("Reset this step");
        reset.setId("lesson-reset");
        reset.disableProperty().bind(model.stepProperty().isNull());
        reset.setOnAction(e -> model.resetStep());
        Button next = new Button("Next ▶");
        next.setId("lesson-next");
        next.setDefaultButton(false);
        next.disableProperty().bind(model.canNextProperty().not());
        next.setOnAction(e -> model.next());
        // a flow, not a row: at 1280×720 in presentation mode the buttons wrap instead of shrinking to "…"
        nav.getChildren().addAll(0, java.util.List.of(prev, next, reset));
        nav.getStyleClass().add("lesson-nav");
        nav.setPadding(new Insets(10, 18, 14, 18));
        nav.setAlignment(Pos.CENTER_LEFT);
        for (Button b : new Button[] {prev, reset, next}) b.setMinWidth(Region.USE_PREF_SIZE);
        BorderPane text = new BorderPane(textScroll, header, null, nav, null);
        text.setMinWidth(380);

        ScenePreviewView preview = new ScenePreviewView(scene, model.reveal());
        ScrollPane previewScroll = new ScrollPane(preview.getRoot());
        previewScroll.setFitToWidth(true);
        previewScroll.setMinWidth(300);

        SplitPane split = new SplitPane(browser, text, previewScroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.18, 0.58);
        SplitPane.setResizableWithParent(browser, false);
        root.setCenter(split);

        model.stepProperty().addListener((o, a, b) -> refresh());
        model.answers().addListener((javafx.collections.MapChangeListener<Integer, LessonModel.Answer>) c -> refreshQuestions());
        refresh();
    }

    private void chooseFolder() {
        DirectoryChooser ch = new DirectoryChooser();
        ch.setTitle("Open lesson folder");
        Path cur = model.folderProperty().get();
        if (cur != null && Files.isDirectory(cur)) ch.setInitialDirectory(cur.toFile());
        File f = ch.showDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f != null) model.openFolder(f.toPath());
    }

    private VBox questionsBox;

    private void refresh() {
        content.getChildren().clear();
        questionsBox = null;
        LessonModel.Entry e = model.selectedProperty().get();
        if (e == null) {
            lessonTitle.setText("No lesson open");
            stepTitle.setText("Choose a lesson on the left, or open a lesson folder.");
            progress.setProgress(0);
            return;
        }
        lessonTitle.setText(e.title());
        if (e.broken()) {
            stepTitle.setText("This lesson has mistakes and cannot be played yet.");
            progress.setProgress(0);
            content.getChildren().add(new Label("The checker found these problems (file:line: message):"));
            for (Problem p : e.problems()) {
                Label l = new Label(p.toString());
                l.setWrapText(true);
                l.getStyleClass().add(CSS_PROBLEM);
                content.getChildren().add(l);
            }
            Label hint = new Label("Fix the file, then open the folder again. The command `convlab lessons check` prints the same list;"
                    + " mistakes after the first broken key are reported once it is fixed.");
            hint.setWrapText(true);
            content.getChildren().add(hint);
            return;
        }
        Step s = model.stepProperty().get();
        if (s == null) return;
        int n = e.stepCount();
        stepTitle.setText("Step " + s.number() + " of " + n + " · " + s.title());
        progress.setProgress(s.number() / (double) n);
        LessonText renderer = renderer();
        if (s.number() == 1 && !e.lesson().objectives().isEmpty()) {
            StringBuilder md = new StringBuilder("**In this lesson you will learn to:**\n\n");
            for (String o : e.lesson().objectives()) md.append("- ").append(o).append('\n');
            var box = renderer.render(md.toString());
            box.setId("lesson-objectives");
            box.getStyleClass().add("lesson-objectives");
            content.getChildren().add(box);
        }
        if (s.number() == 1 && !e.lesson().intro().isEmpty()) content.getChildren().add(renderer.render(e.lesson().intro()));
        content.getChildren().add(renderer.render(s.markdown()));
        questionsBox = new VBox(12);
        content.getChildren().add(questionsBox);
        refreshQuestions();
        textScroll.setVvalue(0);
    }

    private void refreshQuestions() {
        if (questionsBox == null) return;
        Step s = model.stepProperty().get();
        questionsBox.getChildren().clear();
        if (s == null) return;
        for (int i = 0; i < s.questions().size(); i++) {
            questionsBox.getChildren().add(QuestionCard.create(model, s.questions().get(i), i, model.answers().get(i), renderer()));
        }
    }

    private final class EntryCell extends ListCell<LessonModel.Entry> {
        /** No preferred width of its own: the cell takes the list's width and the title wraps in it (no sideways scrolling). */
        EntryCell() { setPrefWidth(0); }

        @Override protected void updateItem(LessonModel.Entry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label t = new Label(e.title());
            t.setWrapText(true);
            t.setStyle("-fx-font-weight: bold;");
            Label sub = new Label((e.broken() ? "⚠ " : "") + model.progressText(e));
            sub.getStyleClass().add(e.broken() ? "lesson-problem" : "lesson-muted");
            ProgressBar bar = new ProgressBar(model.progressFraction(e));
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.setPrefHeight(6);
            setGraphic(new VBox(3, t, sub, bar));
            setText(null);
        }
    }

    /** Problems for display elsewhere (tests). */
    List<Problem> shownProblems() {
        LessonModel.Entry e = model.selectedProperty().get();
        return e == null ? List.of() : e.problems();
    }
}
