package org.convlab.ui.speed;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.convlab.engine.perf.Conventions;
import org.convlab.engine.perf.RaceLayer;
import org.convlab.engine.perf.Roofline;
import org.convlab.engine.perf.Timing;
import org.convlab.io.RooflineCache;
import org.convlab.ui.core.ComputeService;
import org.convlab.ui.core.Reveal;

/**
 * The Speed screen's state and commands: the measured race (both methods of a real-size layer
 * run in the engine, off the FX thread, then replayed at the measured wall time), the machine's
 * roofline with each method placed on it, and the counting conventions of the chosen layer.
 * The view's animation timer calls {@link #tick}; workers publish progress through an atomic
 * reference that {@link #tick} reads, so nothing is posted to the FX thread per run.
 */
public final class SpeedModel {
    /** Where the race is. */
    public enum Phase { IDLE, MEASURING, RACING, FINISHED, FAILED }

    /** One lane's measurement: N runs of one method, what the engine counted per run, total wall time. */
    public record Lane(String name, long multiplies, int runs, long nanos) {
        public double seconds() { return nanos / 1e9; }
        public double millisPerRun() { return nanos / 1e6 / runs; }
        public double gmacs() { return (double) multiplies * runs / nanos; }
    }

    /** A measured race: the full method and the factorized one, the same number of runs each. */
    public record Race(RaceLayer layer, Lane full, Lane factorized) {
        public double countedRatio() { return (double) full.multiplies() / factorized.multiplies(); }
        public double measuredRatio() { return full.millisPerRun() / factorized.millisPerRun(); }
    }

    /** Measuring progress, written by the worker. */
    public record Progress(int fullRuns, int factorizedRuns, int target) { }

    /** The standard lane is measured for about this long (then the race replays in the same time). */
    static final long TARGET_NANOS = 2_500_000_000L;
    static final int MIN_RUNS = 3, MAX_RUNS = 60;
    /** Held while anything is timed, so the race and the roofline never measure at the same time. */
    private static final Object MEASURING = new Object();

    private final ComputeService compute;
    private final long targetNanos;
    private final ObjectProperty<RaceLayer> layer = new SimpleObjectProperty<>(this, "layer", RaceLayer.MOBILENET_112);
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.IDLE);
    private final ReadOnlyObjectWrapper<Race> race = new ReadOnlyObjectWrapper<>(this, "race");
    private final StringProperty message = new SimpleStringProperty(this, "message", "Press Race: both methods run in the engine on this machine.");
    private final IntegerProperty revision = new SimpleIntegerProperty(this, "revision");
    private final ObjectProperty<Roofline> roofline = new SimpleObjectProperty<>(this, "roofline");
    private final ObservableList<PlacedPoint> points = FXCollections.observableArrayList();
    private final StringProperty rooflineMessage = new SimpleStringProperty(this, "rooflineMessage", "");
    private final BooleanProperty rooflineBusy = new SimpleBooleanProperty(this, "rooflineBusy");
    private final BooleanProperty bias = new SimpleBooleanProperty(this, "bias");
    private final ObjectProperty<Reveal> reveal = new SimpleObjectProperty<>(this, "reveal", new Reveal());
    private final AtomicReference<Progress> progress = new AtomicReference<>(new Progress(0, 0, 0));
    private long raceStart = -1;
    private double clock;
    private int generation;

    /** A roofline point: which layer, and the measured point. */
    public record PlacedPoint(RaceLayer layer, Timing.Point point) { }

    public SpeedModel(ComputeService compute) { this(compute, TARGET_NANOS); }

    /** With another measuring budget for the full method (tests use 1 ns: the minimum of runs). */
    SpeedModel(ComputeService compute, long targetNanos) {
        this.compute = compute;
        this.targetNanos = targetNanos;
        layer.addListener((o, was, is) -> {
            stop();
            race.set(null);
            phase.set(Phase.IDLE);
            message.set("Press Race: both methods run in the engine on this machine.");
            bump();
        });
        bias.addListener(o -> bump());
        javafx.collections.SetChangeListener<org.convlab.ui.core.Quantity> onReveal = c -> bump();
        reveal.get().hidden().addListener(onReveal);
        reveal.addListener((o, was, is) -> {
            if (was != null) was.hidden().removeListener(onReveal);
            if (is != null) is.hidden().addListener(onReveal);
            bump();
        });
    }

    public ObjectProperty<RaceLayer> layerProperty() { return layer; }
    public ReadOnlyObjectProperty<Phase> phaseProperty() { return phase.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Race> raceProperty() { return race.getReadOnlyProperty(); }
    public StringProperty messageProperty() { return message; }
    /** Changes whenever something drawn changed. */
    public IntegerProperty revisionProperty() { return revision; }
    public ObjectProperty<Roofline> rooflineProperty() { return roofline; }
    public ObservableList<PlacedPoint> points() { return points; }
    public StringProperty rooflineMessageProperty() { return rooflineMessage; }
    public BooleanProperty rooflineBusyProperty() { return rooflineBusy; }
    public BooleanProperty biasProperty() { return bias; }
    /** The shared predict-then-reveal state: counts and ratios a lesson question asks for are hidden while it is open. */
    public ObjectProperty<Reveal> revealProperty() { return reveal; }
    public Progress progress() { return progress.get(); }
    /** Seconds of the race replayed so far. */
    public double clock() { return clock; }

    /** True while the animation timer has something to do. */
    public boolean animating() { return phase.get() == Phase.MEASURING || phase.get() == Phase.RACING; }

    /** Measures both methods of the chosen layer in the background, then replays the race. */
    public void startRace() {
        RaceLayer l = layer.get();
        int gen = ++generation;
        progress.set(new Progress(0, 0, 0));
        race.set(null);
        clock = 0;
        raceStart = -1;
        phase.set(Phase.MEASURING);
        message.set("Measuring " + l.label() + " in the engine…");
        bump();
        compute.submitLatest("speed-race", () -> {
            synchronized (MEASURING) { // never two measurements at once: they would slow each other down
                return measure(l, progress, targetNanos);
            }
        }, r -> {
            if (gen != generation) return;
            race.set(r);
            phase.set(Phase.RACING);
            message.set("Replaying the measured wall time: " + r.full().runs() + " runs of each method.");
            bump();
        }, e -> {
            if (gen != generation) return;
            phase.set(Phase.FAILED);
            message.set(e instanceof InterruptedException ? "Stopped." : "The race could not run: " + e.getMessage());
            bump();
        });
    }

    /** Stops measuring or replaying. */
    public void stop() {
        generation++;
        compute.submitLatest("speed-race", () -> null, v -> { }, e -> { });
        if (animating()) {
            phase.set(race.get() == null ? Phase.IDLE : Phase.FINISHED);
            message.set("Stopped.");
            bump();
        }
    }

    /** Advances the replay to {@code now} (ns, the animation timer's clock); returns true while animating. */
    public boolean tick(long now) {
        if (phase.get() == Phase.MEASURING) {
            bump();
            return true;
        }
        if (phase.get() != Phase.RACING) return false;
        Race r = race.get();
        if (raceStart < 0) raceStart = now;
        clock = (now - raceStart) / 1e9;
        double end = Math.max(r.full().seconds(), r.factorized().seconds());
        if (clock >= end) {
            clock = end;
            phase.set(Phase.FINISHED);
            message.set(String.format(java.util.Locale.ROOT, "Finished: %d runs of each method, measured on this machine.",
                    r.full().runs()));
        }
        bump();
        return phase.get() == Phase.RACING;
    }

    /** Runs both racers: two warm-up runs each, then alternately until each has N timed runs. */
    static Race measure(RaceLayer l, AtomicReference<Progress> progress, long target) throws InterruptedException {
        List<RaceLayer.Contender> rs = l.racers();
        var a = rs.get(0).request();
        var b = rs.get(1).request();
        for (int i = 0; i < 2; i++) {
            Timing.once(a);
            check();
            Timing.once(b);
            check();
        }
        Timing.Run first = Timing.once(a);
        check();
        int n = (int) Math.max(MIN_RUNS, Math.min(MAX_RUNS, Math.round((double) target / first.nanos())));
        long ta = first.nanos(), tb = 0, ma = first.multiplies(), mb = 0;
        int ra = 1, rb = 0;
        progress.set(new Progress(ra, rb, n));
        while (ra < n || rb < n) {
            if (rb < n) {
                Timing.Run run = Timing.once(b);
                tb += run.nanos();
                mb = run.multiplies();
                rb++;
            }
            check();
            if (ra < n) {
                Timing.Run run = Timing.once(a);
                ta += run.nanos();
                ma = run.multiplies();
                ra++;
            }
            check();
            progress.set(new Progress(ra, rb, n));
        }
        return new Race(l, new Lane(rs.get(0).name(), ma, n, ta), new Lane(rs.get(1).name(), mb, n, tb));
    }

    private static void check() throws InterruptedException {
        if (Thread.interrupted()) throw new InterruptedException();
    }

    /** Loads (or measures) the roofline, then measures every layer's points, one layer at a time. */
    public void measureRoofline(boolean fresh) {
        if (rooflineBusy.get()) return;
        rooflineBusy.set(true);
        rooflineMessage.set(fresh ? "Measuring this machine's roofs (about a second)…" : "Loading the roofline…");
        compute.submit(() -> {
            synchronized (MEASURING) {
                return fresh ? RooflineCache.remeasure() : RooflineCache.get();
            }
        }, r -> {
            roofline.set(r);
            points.clear();
            bump();
            measureLayer(0);
        }, e -> {
            rooflineBusy.set(false);
            rooflineMessage.set("The roofline could not be measured: " + e.getMessage());
        });
    }

    private void measureLayer(int i) {
        RaceLayer[] all = RaceLayer.values();
        if (i >= all.length) {
            rooflineBusy.set(false);
            rooflineMessage.set("");
            bump();
            return;
        }
        rooflineMessage.set("Measuring " + all[i].label() + " (" + (i + 1) + " of " + all.length + ")…");
        compute.submit(() -> {
            synchronized (MEASURING) {
                List<PlacedPoint> out = new ArrayList<>();
                for (RaceLayer.Contender c : all[i].points()) out.add(new PlacedPoint(all[i], Timing.point(c.name(), c.request(), 1, 3)));
                return out;
            }
        }, ps -> {
            points.addAll(ps);
            bump();
            measureLayer(i + 1);
        }, e -> {
            rooflineBusy.set(false);
            rooflineMessage.set("Measuring " + all[i].label() + " failed: " + e.getMessage());
        });
    }

    /** The chosen layer's two racers as the counting tools report them. */
    public Conventions.Report[] conventions() {
        List<List<Conventions.Conv>> c = layer.get().convs(bias.get());
        return new Conventions.Report[] {Conventions.of(c.get(0)), Conventions.of(c.get(1))};
    }

    /** The racers' names for the chosen layer (no tensors are built). */
    public String[] racerNames() {
        return layer.get() == RaceLayer.HD_RGB ? new String[] {"direct 7×7", "separable 7×1 + 1×7"}
                : new String[] {"standard 3×3", "depthwise-separable"};
    }

    private void bump() { revision.set(revision.get() + 1); }
}
