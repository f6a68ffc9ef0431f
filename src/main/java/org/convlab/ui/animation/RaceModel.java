package org.convlab.ui.animation;

import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.convlab.engine.Cost;
import org.convlab.engine.Method;
import org.convlab.trace.Trace;
import org.convlab.trace.TraceCursor;
import org.convlab.trace.TraceRecorder;
import org.convlab.ui.core.ComputeService;

/**
 * The race: the standard convolution and a factorized method replay their traces side by side
 * at the same number of multiplies per second, so the cheaper one finishes first. Both lanes
 * are driven by one shared multiply clock ({@link #clockProperty()}); one {@link AnimationTimer}
 * advances it, stopped by {@link #dispose()}.
 */
public final class RaceModel {
    private final ComputeService compute;
    private final ObjectProperty<Method> contender = new SimpleObjectProperty<>(Method.DEPTHWISE_SEPARABLE);
    private final DoubleProperty rate = new SimpleDoubleProperty(300);
    private final DoubleProperty clock = new SimpleDoubleProperty(0);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private TraceCursor standard, other;
    private long last = -1;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override public void handle(long now) {
            if (last >= 0) advance((now - last) / 1e9);
            last = now;
        }
    };

    public RaceModel(ComputeService compute) {
        this.compute = compute;
        clock.addListener((o, a, b) -> sync());
        running.addListener((o, a, b) -> {
            if (b) { last = -1; if (javafx.application.Platform.isFxApplicationThread()) timer.start(); } else timer.stop();
        });
    }

    /** Records both traces for the scene (standard and the contender). */
    public void load(SceneSpec scene) {
        running.set(false);
        Method m = contender.get();
        compute.submitLatest("race-traces", () -> new Trace[] {
            TraceRecorder.record(scene.request(Method.STANDARD)), TraceRecorder.record(scene.request(m))},
            t -> {
                standard = new TraceCursor(t[0]);
                other = new TraceCursor(t[1]);
                message.set("");
                clock.set(0);
                sync();
            },
            e -> { standard = null; other = null; message.set(org.convlab.ui.core.UserMessages.of(e)); sync(); });
    }

    /** Moves the shared multiply clock by {@code seconds} × rate; stops when both lanes are done. */
    public void advance(double seconds) {
        if (standard == null) return;
        clock.set(Math.min(standard.trace().totalMultiplies(), clock.get() + Math.max(0, seconds) * rate.get()));
        if (finished(standard)) running.set(false);
    }

    private void sync() {
        if (standard != null) {
            seekToMultiplies(standard, clock.get());
            seekToMultiplies(other, clock.get());
        }
        revision.set(revision.get() + 1);
    }

    /** Every step whose multiply count is ≤ m (additions after the m-th multiply included). */
    static void seekToMultiplies(TraceCursor c, double m) {
        Trace t = c.trace();
        long whole = (long) Math.floor(m);
        c.seek(whole >= t.totalMultiplies() ? t.size() : t.stepReachingMultiplies(whole + 1));
    }

    public static boolean finished(TraceCursor c) { return c.position() >= c.trace().size(); }

    public void start() {
        if (standard != null && finished(standard)) clock.set(0);
        running.set(standard != null);
    }
    public void reset() { running.set(false); clock.set(0); }

    /** "3.4×" style ratio of total multiplies, standard over contender, or "" before loading. */
    public String ratioText() {
        if (standard == null) return "";
        double r = (double) standard.trace().totalMultiplies() / other.trace().totalMultiplies();
        return String.format(Locale.ROOT, "%.2f×", r);
    }

    /** The closed-form costs of both lanes from the engine (CostModel), standard first. */
    public Cost[] costs() {
        return standard == null ? null : new Cost[] {standard.trace().meta().engine().cost(), other.trace().meta().engine().cost()};
    }

    public void dispose() { running.set(false); timer.stop(); }

    public TraceCursor standardLane() { return standard; }
    public TraceCursor contenderLane() { return other; }
    public ObjectProperty<Method> contenderProperty() { return contender; }
    /** Multiplies per second for both lanes. */
    public DoubleProperty rateProperty() { return rate; }
    /** Multiplies done so far by each lane (the shared clock). */
    public DoubleProperty clockProperty() { return clock; }
    public BooleanProperty runningProperty() { return running; }
    public StringProperty messageProperty() { return message; }
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }
}
