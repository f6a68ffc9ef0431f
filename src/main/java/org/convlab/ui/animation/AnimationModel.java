package org.convlab.ui.animation;

import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.convlab.engine.Method;
import org.convlab.engine.Tensor;
import org.convlab.engine.KernelBank;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.ConvRequest;
import org.convlab.trace.Trace;
import org.convlab.trace.TraceCursor;
import org.convlab.trace.TraceRecorder;
import org.convlab.ui.core.ComputeService;
import org.convlab.ui.core.Quantity;
import org.convlab.ui.core.Reveal;

/**
 * The animation screen's state and commands (no nodes): a trace recorded by the engine, the
 * current position in it, playback and stepping. Moving the position replays the trace through
 * a {@link TraceCursor}; nothing is recomputed. Playback is one {@link AnimationTimer} that
 * advances by elapsed time × {@link #speedProperty() speed}, keeping the fractional remainder, so
 * one step per second and a million steps per second are the same code; {@link #dispose()}
 * stops it.
 */
public final class AnimationModel {
    /** How far one step command moves. */
    public enum Granularity {
        MULTIPLY("one multiply", 0), VALUE("one value", Trace.VALUE_END), ROW("one row", Trace.ROW_END),
        STAGE("one stage", Trace.STAGE_END);

        private final String label;
        private final int flag;
        Granularity(String label, int flag) { this.label = label; this.flag = flag; }
        public int flag() { return flag; }
        @Override public String toString() { return label; }
    }

    /**
     * A scene from outside the animation controls (a lesson step): its own image and weights.
     * While set, it is traced instead of {@link #sceneProperty()}; changing the scene controls
     * clears it.
     */
    public record External(String title, Tensor image, KernelBank bank, ConvSpec spec, int rank, boolean shuffle, String standardLabel) {
        public External(String title, Tensor image, KernelBank bank, ConvSpec spec, int rank) {
            this(title, image, bank, spec, rank, false, null);
        }

        ConvRequest request(Method m) {
            ConvSpec s = m == Method.GROUPED ? spec : spec.withGroups(1);
            return bank.request(m, image, s, m == Method.LOW_RANK ? rank : 1);
        }

        /** The same scene on a centred crop of at most side×side pixels. */
        public External cropped(int side) {
            int h = Math.min(side, image.height()), w = Math.min(side, image.width());
            Tensor c = TraceRecorder.crop(image, 0, image.channels(), (image.height() - h) / 2, (image.width() - w) / 2, h, w);
            return new External(title.replaceAll(" \\(centre \\d+×\\d+ crop\\)$", "") + " (centre " + h + "×" + w + " crop)", c, bank, spec,
                    rank, shuffle, standardLabel);
        }
    }

    /** Speeds at or above this are "instant": playing jumps to the end. */
    public static final double INSTANT = 1_000_000;

    private final ComputeService compute;
    private final ObjectProperty<Method> method = new SimpleObjectProperty<>(Method.STANDARD);
    private final ObjectProperty<SceneSpec> scene = new SimpleObjectProperty<>(SceneSpec.defaults());
    private final ObjectProperty<External> external = new SimpleObjectProperty<>();
    private int pendingPosition = Integer.MIN_VALUE;
    private final ReadOnlyObjectWrapper<Trace> trace = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty position = new SimpleIntegerProperty(0);
    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper(0);
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private final DoubleProperty speed = new SimpleDoubleProperty(2);
    private final ObjectProperty<Granularity> granularity = new SimpleObjectProperty<>(Granularity.MULTIPLY);
    private final ReadOnlyLongWrapper multiplies = new ReadOnlyLongWrapper(), additions = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper totalMultiplies = new ReadOnlyLongWrapper(), totalAdditions = new ReadOnlyLongWrapper();
    private final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final BooleanProperty tooBig = new SimpleBooleanProperty(false);
    private Reveal reveal;
    private TraceCursor cursor;
    private double carry;
    private long lastNanos = -1;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override public void handle(long now) {
            if (lastNanos >= 0) advance((now - lastNanos) / 1e9);
            lastNanos = now;
        }
    };

    public AnimationModel(ComputeService compute) {
        this.compute = compute;
        position.addListener((o, a, b) -> {
            int p = Math.max(0, Math.min(size.get(), b.intValue()));
            if (p != b.intValue()) { position.set(p); return; }
            if (cursor != null) cursor.seek(p);
            refreshCounters();
        });
        playing.addListener((o, a, b) -> {
            // the timer runs when playback is started from the FX thread (the app); tests drive advance() directly
            if (b) { carry = 0; lastNanos = -1; if (javafx.application.Platform.isFxApplicationThread()) timer.start(); } else timer.stop();
        });
        method.addListener((o, a, b) -> reload());
        scene.addListener((o, a, b) -> { external.set(null); reload(); });
    }

    /**
     * Shows an external scene with {@code method}, then moves to {@code position} (−1: the end)
     * once its trace is recorded.
     */
    public void showExternal(External e, Method m, int position) {
        pendingPosition = position;
        external.set(e);
        if (method.get() == m) reload(); else method.set(m);
    }

    /** Records the trace for the current method and scene (in the background). */
    public void reload() {
        playing.set(false);
        Method m = method.get();
        SceneSpec s = scene.get();
        External ext = external.get();
        // only the latest request delivers (ComputeService.submitLatest guarantees it)
        tooBig.set(false);
        compute.submitLatest("animation-trace", () -> TraceRecorder.record(ext != null ? ext.request(m) : s.request(m)), this::setTrace,
                e -> {
                    boolean budget = e instanceof org.convlab.trace.TraceBudgetException;
                    tooBig.set(budget);
                    message.set(org.convlab.ui.core.UserMessages.of(e)
                            + (budget ? ". Choose: crop the image to fit, or a smaller scene (fewer channels and filters)." : ""));
                });
    }

    private void setTrace(Trace t) {
        playing.set(false);
        cursor = new TraceCursor(t);
        carry = 0;
        message.set("");
        size.set(t.size());
        totalMultiplies.set(t.totalMultiplies());
        totalAdditions.set(t.totalAdditions());
        if (position.get() != 0) position.set(0);
        trace.set(t);
        refreshCounters();
        if (pendingPosition != Integer.MIN_VALUE) {
            int p = pendingPosition < 0 ? t.size() : Math.min(pendingPosition, t.size());
            pendingPosition = Integer.MIN_VALUE;
            position.set(p);
        }
    }

    private void refreshCounters() {
        multiplies.set(cursor == null ? 0 : cursor.multiplies());
        additions.set(cursor == null ? 0 : cursor.additions());
        revision.set(revision.get() + 1);
    }

    /**
     * After a trace was too large: records the same scene on the largest centred crop that fits
     * the step budget (the image of a lesson's scene, or the smallest sample image of one's own).
     */
    public void cropToFit() {
        External ext = external.get();
        Method m = method.get();
        if (ext == null) {
            SceneSpec s = scene.get();
            for (String id : SampleImages.IDS) {
                SceneSpec smaller = s.withImage(id);
                if (fits(smaller.request(m))) { scene.set(smaller); return; }
            }
            smallerScene();
            return;
        }
        for (int side = Math.min(TraceRecorder.MAX_SIDE, Math.max(ext.image().height(), ext.image().width())); side >= 3; side -= 2) {
            External c = ext.cropped(side);
            if (fits(c.request(m))) { pendingPosition = 0; external.set(c); reload(); return; }
        }
        message.set("even a 3×3 crop is too large for an animation: choose a smaller scene");
    }

    /** After a trace was too large: halves channels and filters of one's own scene until it fits. */
    public void smallerScene() {
        SceneSpec s = scene.get();
        Method m = method.get();
        while (s.channels() > 1 || s.filters() > 1) {
            s = s.withChannels(Math.max(1, s.channels() / 2)).withFilters(Math.max(1, s.filters() / 2));
            if (s.groups() > 1 && (s.channels() % s.groups() != 0 || s.filters() % s.groups() != 0)) s = s.withGroups(1);
            try {
                if (fits(s.request(m))) break;
            } catch (RuntimeException e) {
                // not a valid scene at this size; keep shrinking
            }
        }
        scene.set(s);
    }

    private static boolean fits(ConvRequest r) {
        if (!TraceRecorder.fits(r.input())) return false;
        try {
            return org.convlab.engine.Convolutions.run(r).counts().multiplies() <= TraceRecorder.DEFAULT_BUDGET;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** True while the last trace was refused for its size (the view offers crop / smaller scene). */
    public BooleanProperty tooBigProperty() { return tooBig; }

    /** While a lesson question is open, the quantities it asks for print {@link Reveal#PLACEHOLDER}. */
    public void setReveal(Reveal r) {
        reveal = r;
        if (r != null) r.hidden().addListener((javafx.collections.SetChangeListener<Quantity>) c -> revision.set(revision.get() + 1));
        revision.set(revision.get() + 1);
    }

    public boolean hidden(Quantity q) { return reveal != null && reveal.isHidden(q); }

    /** {@code text}, or the placeholder while {@code q} is hidden. */
    public String show(Quantity q, String text) { return reveal == null ? text : reveal.show(q, text); }

    /** Whether the channel shuffle is drawn after a grouped convolution. */
    public boolean shuffleShown() {
        External e = external.get();
        return e != null ? e.shuffle() : scene.get().shuffle();
    }

    /** Which standard weights the screen shows ("standard, free weights" or "…composed…"), for the status line. */
    public String standardNote(Trace t) {
        if (t.method() != Method.STANDARD && t.method() != Method.GROUPED) return t.method().id();
        External e = external.get();
        String label = e != null ? (e.standardLabel() == null ? "standard weights of the lesson" : e.standardLabel()) : scene.get().standard().label();
        return t.method() == Method.GROUPED ? "grouped, blocks of " + label : label;
    }

    /** Playback: moves forward by {@code seconds} × speed steps (keeping the fraction); stops at the end. */
    public void advance(double seconds) {
        if (cursor == null) return;
        double sp = speed.get();
        if (sp >= INSTANT) {
            position.set(size.get());
        } else {
            carry += Math.max(0, seconds) * sp;
            long whole = (long) carry;
            carry -= whole;
            if (whole > 0) position.set((int) Math.min(size.get(), position.get() + whole));
        }
        if (position.get() >= size.get()) playing.set(false);
    }

    /** One step of the chosen granularity forward (+1) or back (−1). */
    public void step(int direction) { step(granularity.get(), direction); }

    public void step(Granularity g, int direction) {
        Trace t = trace.get();
        if (t == null || direction == 0) return;
        int p = position.get();
        if (g == Granularity.MULTIPLY) { position.set(p + Integer.signum(direction)); return; }
        if (direction > 0) {
            int e = t.nextWith(p, g.flag());
            position.set(e < 0 ? t.size() : e + 1);
        } else {
            position.set(p <= 1 ? 0 : t.previousWith(p - 2, g.flag()) + 1);
        }
    }

    public void toStart() { playing.set(false); position.set(0); }
    public void toEnd() { playing.set(false); position.set(size.get()); }
    public void togglePlay() {
        if (!playing.get() && position.get() >= size.get()) position.set(0);
        playing.set(!playing.get() && size.get() > 0);
    }

    /** First step of the value the given step belongs to. */
    public int valueStart(int k) {
        Trace t = trace.get();
        return t == null || k <= 0 ? 0 : t.previousWith(k - 1, Trace.VALUE_END) + 1;
    }

    /** Last step of the value the given step belongs to. */
    public int valueEnd(int k) {
        Trace t = trace.get();
        if (t == null) return -1;
        int e = t.nextWith(k, Trace.VALUE_END);
        return e < 0 ? t.size() - 1 : e;
    }

    /** The step just done (position − 1), or −1 at the start. */
    public int currentStep() { return position.get() - 1; }

    public void dispose() { playing.set(false); timer.stop(); }

    public ObjectProperty<Method> methodProperty() { return method; }
    public ObjectProperty<SceneSpec> sceneProperty() { return scene; }
    public ReadOnlyObjectProperty<External> externalProperty() { return external; }
    public ReadOnlyObjectProperty<Trace> traceProperty() { return trace.getReadOnlyProperty(); }
    public Trace getTrace() { return trace.get(); }
    public TraceCursor cursor() { return cursor; }
    public IntegerProperty positionProperty() { return position; }
    public ReadOnlyIntegerProperty sizeProperty() { return size.getReadOnlyProperty(); }
    public BooleanProperty playingProperty() { return playing; }
    public DoubleProperty speedProperty() { return speed; }
    public ObjectProperty<Granularity> granularityProperty() { return granularity; }
    public ReadOnlyLongProperty multipliesProperty() { return multiplies.getReadOnlyProperty(); }
    public ReadOnlyLongProperty additionsProperty() { return additions.getReadOnlyProperty(); }
    public ReadOnlyLongProperty totalMultipliesProperty() { return totalMultiplies.getReadOnlyProperty(); }
    public ReadOnlyLongProperty totalAdditionsProperty() { return totalAdditions.getReadOnlyProperty(); }
    public StringProperty messageProperty() { return message; }
    /** Increments whenever what is drawn changes (trace or position): the view redraws on it. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }
}
