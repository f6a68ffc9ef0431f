package org.convlab.ui.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.convlab.lesson.Lesson;
import org.convlab.lesson.LessonChecker;
import org.convlab.lesson.LessonParser;
import org.convlab.lesson.LessonProgress;
import org.convlab.lesson.Problem;
import org.convlab.lesson.Question;
import org.convlab.lesson.SceneBuilder;
import org.convlab.lesson.Step;
import org.convlab.ui.core.ComputeService;
import org.convlab.ui.core.Quantity;
import org.convlab.ui.core.Reveal;

/**
 * The lesson player's state and commands (no nodes): the lessons of a folder with their
 * problems, the selected lesson and step, the answers given to the step's questions, and the
 * progress remembered between runs. Files are read and checked through {@link ComputeService}.
 */
public final class LessonModel {
    /** One lesson file: the lesson (null if unreadable) and the checker's messages. */
    public record Entry(Path file, Lesson lesson, List<Problem> problems) {
        public boolean broken() { return lesson == null || !problems.isEmpty(); }
        public String title() { return lesson == null ? file.getFileName().toString() : lesson.title(); }
        public int stepCount() { return lesson == null ? 0 : lesson.steps().size(); }
    }

    /** What the student answered and what the player said. */
    public record Answer(String given, boolean correct, boolean revealed) { }

    private final ComputeService compute;
    private final SceneHost host;
    private final LessonProgress progress;
    private final ObservableList<Entry> lessons = FXCollections.observableArrayList();
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final ObjectProperty<Entry> selected = new SimpleObjectProperty<>();
    private final IntegerProperty stepIndex = new SimpleIntegerProperty(-1);
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>();
    private final ObservableMap<Integer, Answer> answers = FXCollections.observableHashMap();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final IntegerProperty progressVersion = new SimpleIntegerProperty();
    private final BooleanBinding canNext = Bindings.createBooleanBinding(
            () -> selected.get() != null && !selected.get().broken() && stepIndex.get() < selected.get().stepCount() - 1, selected, stepIndex);
    private final BooleanBinding canPrevious = Bindings.createBooleanBinding(
            () -> selected.get() != null && !selected.get().broken() && stepIndex.get() > 0, selected, stepIndex);

    private final Reveal reveal;

    public LessonModel(ComputeService compute, SceneHost host, LessonProgress progress) {
        this(compute, host, progress, new Reveal());
    }

    /**
     * {@code reveal} is the shared predict-then-reveal state: while a question of the shown step is
     * open (not answered right, not revealed), the quantities it asks for are in {@code reveal.hidden()}.
     */
    public LessonModel(ComputeService compute, SceneHost host, LessonProgress progress, Reveal reveal) {
        this.compute = compute;
        this.host = host;
        this.progress = progress;
        this.reveal = reveal;
        answers.addListener((javafx.collections.MapChangeListener<Integer, Answer>) c -> updateHidden());
        step.addListener((o, a, b) -> updateHidden());
    }

    /** The shared predict-then-reveal state this player fills. */
    public Reveal reveal() { return reveal; }

    /** Hides what the open questions of the shown step ask for; shows it once answered right or revealed. */
    private void updateHidden() {
        java.util.Set<Quantity> hide = java.util.EnumSet.noneOf(Quantity.class);
        Step s = step.get();
        if (s != null) {
            for (int i = 0; i < s.questions().size(); i++) {
                Answer a = answers.get(i);
                if (a != null && (a.correct() || a.revealed())) continue;
                for (String id : s.questions().get(i).hidden()) hide.add(quantity(id));
            }
        }
        reveal.hidden().retainAll(hide);
        reveal.hidden().addAll(hide);
    }

    /** The screens' quantity for a lesson's hide id ("output-size" → OUTPUT_SIZE). */
    static Quantity quantity(String id) {
        return Quantity.valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    public ObservableList<Entry> lessons() { return lessons; }
    public ObjectProperty<Path> folderProperty() { return folder; }
    public ObjectProperty<Entry> selectedProperty() { return selected; }
    public IntegerProperty stepIndexProperty() { return stepIndex; }
    public ObjectProperty<Step> stepProperty() { return step; }
    public ObservableMap<Integer, Answer> answers() { return answers; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty loadingProperty() { return loading; }
    /** Changes whenever progress is recorded (the browser redraws its "seen" counts). */
    public IntegerProperty progressVersionProperty() { return progressVersion; }
    public BooleanBinding canNextProperty() { return canNext; }
    public BooleanBinding canPreviousProperty() { return canPrevious; }

    /** Reads every lesson in {@code dir} (parse first, then the full check with the engine, both off the FX thread). */
    public void openFolder(Path dir) { openLibrary(List.of(dir)); }

    /** A folder as the status line names it: the built-in course (unpacked from the jar) by that name. */
    static String folderName(Path d) {
        Path stamp = d.getParent(), builtin = stamp == null ? null : stamp.getParent();
        return builtin != null && builtin.getFileName() != null && builtin.getFileName().toString().equals("builtin")
                ? "the built-in course" : d.toString();
    }

    /** Reads every lesson of several folders (the built-in course, then the user's own), listed together. */
    public void openLibrary(List<Path> dirs) {
        if (dirs.isEmpty()) {
            status.set("No lesson folder found");
            return;
        }
        String where = dirs.size() == 1 ? dirs.get(0).toString() : dirs.size() + " folders";
        loading.set(true);
        status.set("Reading lessons in " + where + " …");
        compute.submit(() -> {
            List<Entry> all = new ArrayList<>();
            for (Path d : dirs) all.addAll(parseAll(d));
            return all;
        }, entries -> {
            folder.set(dirs.get(dirs.size() - 1));
            lessons.setAll(entries);
            status.set(entries.isEmpty() ? "No lessons (*.md) in " + where : entries.size() + " lesson(s) from " + String.join(" and ", dirs.stream().map(LessonModel::folderName).toList()));
            Entry keep = selected.get() == null ? null : entries.stream().filter(e -> e.file().equals(selected.get().file())).findFirst().orElse(null);
            select(keep != null ? keep : entries.isEmpty() ? null : entries.get(0));
            checkAll(entries);
        }, err -> {
            loading.set(false);
            status.set("Cannot read lessons in " + where + ": " + err.getMessage());
        });
    }

    static List<Entry> parseAll(Path dir) throws java.io.IOException {
        List<Entry> out = new ArrayList<>();
        for (Path f : LessonChecker.lessonFiles(dir)) {
            LessonParser.Result r = LessonParser.parse(f);
            out.add(new Entry(f, r.lesson(), r.problems()));
        }
        return out;
    }

    private void checkAll(List<Entry> entries) {
        List<Entry> toCheck = entries.stream().filter(e -> !e.broken()).toList();
        if (toCheck.isEmpty()) { loading.set(false); return; }
        compute.submit(() -> {
            List<Entry> checked = new ArrayList<>();
            for (Entry e : toCheck) {
                List<Problem> p = LessonChecker.check(new LessonParser.Result(e.lesson(), List.of()), SceneBuilder.Context.forLesson(e.file()));
                checked.add(new Entry(e.file(), e.lesson(), p));
            }
            return checked;
        }, checked -> {
            loading.set(false);
            for (Entry c : checked) {
                if (c.problems().isEmpty()) continue;
                int i = indexOf(c.file());
                if (i < 0) continue;
                boolean wasSelected = selected.get() != null && selected.get().file().equals(c.file());
                lessons.set(i, c);
                if (wasSelected) select(c);
            }
        }, err -> {
            loading.set(false);
            status.set("Checking lessons failed: " + err.getMessage());
        });
    }

    private int indexOf(Path file) {
        for (int i = 0; i < lessons.size(); i++) if (lessons.get(i).file().equals(file)) return i;
        return -1;
    }

    /** Opens a lesson where the student left it (broken lessons show their problems instead). */
    public void select(Entry e) {
        selected.set(e);
        answers.clear();
        if (e == null || e.broken()) {
            stepIndex.set(-1);
            step.set(null);
            updateHidden();
            return;
        }
        goTo(Math.min(progress.lastStep(e.lesson().id()), e.stepCount()) - 1);
    }

    /** Shows step {@code index} (0-based, clamped) and applies its scene. */
    public void goTo(int index) {
        Entry e = selected.get();
        if (e == null || e.broken()) return;
        int i = Math.max(0, Math.min(index, e.stepCount() - 1));
        answers.clear();
        stepIndex.set(i);
        step.set(e.lesson().steps().get(i));
        progress.visit(e.lesson().id(), i + 1);
        if (!progress.save()) status.set("Could not save lesson progress");
        progressVersion.set(progressVersion.get() + 1);
        applyScene();
    }

    public void next() { if (canNext.get()) goTo(stepIndex.get() + 1); }
    public void previous() { if (canPrevious.get()) goTo(stepIndex.get() - 1); }

    /** Puts the step back as the lesson wrote it: its scene and unanswered questions. */
    public void resetStep() {
        if (step.get() == null) return;
        answers.clear();
        applyScene();
    }

    private void applyScene() {
        Step s = step.get();
        if (s != null && host != null) host.apply(s.scene(), SceneBuilder.Context.forLesson(selected.get().file()));
    }

    /** Checks a multiple-choice answer (0-based choice) for question {@code q} of the step. */
    public Answer answerChoice(int q, int choice) {
        Question question = question(q);
        Answer a = new Answer(question.choices().get(choice), question.acceptsChoice(choice), false);
        answers.put(q, a);
        return a;
    }

    /** Checks a typed number ("8100", "8,100", "8 100", "0.142"); null if it is not a number. */
    public Answer answerNumber(int q, String text) {
        Question question = question(q);
        String t = text == null ? "" : text.trim().replace(",", "").replace("_", "").replace(" ", "").replace("\u202f", "");
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            status.set("'" + text + "' is not a number");
            return null;
        }
        Answer a = new Answer(text.trim(), question.acceptsNumber(v), false);
        answers.put(q, a);
        return a;
    }

    /** Shows the answer and its explanation. */
    public void reveal(int q) {
        Answer a = answers.get(q);
        answers.put(q, new Answer(a == null ? null : a.given(), a != null && a.correct(), true));
    }

    private Question question(int q) {
        Step s = step.get();
        if (s == null || q < 0 || q >= s.questions().size()) throw new IllegalArgumentException("no question " + q + " in this step");
        return s.questions().get(q);
    }

    /** Steps seen of a lesson, e.g. "3/5 seen". */
    public String progressText(Entry e) {
        if (e.broken()) return e.problems().size() + " problem(s)";
        int seen = (int) progress.seen(e.lesson().id()).stream().filter(i -> i <= e.stepCount()).count();
        return String.format(Locale.ROOT, "%d steps · %d/%d seen", e.stepCount(), seen, e.stepCount());
    }

    /** Fraction of steps seen, 0…1. */
    public double progressFraction(Entry e) {
        if (e.broken() || e.stepCount() == 0) return 0;
        return progress.seen(e.lesson().id()).stream().filter(i -> i <= e.stepCount()).count() / (double) e.stepCount();
    }
}
