package org.convlab.ui.tradeoff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import java.util.concurrent.Future;
import org.convlab.engine.Weights;
import org.convlab.io.ModelReader;
import org.convlab.network.model.Evaluation;
import org.convlab.network.model.FactorChoice;
import org.convlab.network.model.Model;
import org.convlab.network.model.ModelFactoring;
import org.convlab.network.model.ModelRunner;

/**
 * The engine work behind {@link TradeoffModel}, each kind under its own "latest wins" key of the
 * {@link ComputeService}: loading a model and its baseline, the activations entering the chosen
 * layer (kept, so every rank only runs the layers from there on), one measurement, a sweep.
 */
final class TradeoffJobs {
    static final String DWS_MODEL = "fashion-dws";
    private final TradeoffModel model;
    private final Map<String, Future<?>> running = new ConcurrentHashMap<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile ModelRunner.Activations entering;
    private volatile TradeoffPoint dwsPoint;

    TradeoffJobs(TradeoffModel model) { this.model = model; }

    static List<String> modelNames() { return ModelReader.builtInNames(); }

    boolean layerReady() { return entering != null; }

    void loadModel(String name) {
        entering = null;
        submit("tradeoff-load", "Loading " + name + " and measuring it on its test images…", () -> {
            Model m = ModelReader.builtIn(name);
            Evaluation e = ModelRunner.evaluate(m, progress());
            TradeoffPoint base = new TradeoffPoint("trained", 0, e.multipliesPerImage(), e.accuracy(), 0, e.parameters());
            if (dwsPoint == null && ModelReader.builtInNames().contains(DWS_MODEL)) {
                Evaluation d = name.equals(DWS_MODEL) ? e : ModelRunner.evaluate(ModelReader.builtIn(DWS_MODEL), progress());
                dwsPoint = new TradeoffPoint("trained-dws", 0, d.multipliesPerImage(), d.accuracy(), 0, d.parameters());
            }
            return new Object[] {m, base};
        }, r -> {
            model.modelLoaded((Model) r[0], (TradeoffPoint) r[1]);
            if (dwsPoint != null) {
                model.trainedDws.set(dwsPoint);
                model.addPoint(dwsPoint);
            }
            done(name + ": " + pct(((TradeoffPoint) r[1]).accuracy()) + " on " + ((Model) r[0]).test().count() + " test images");
        });
    }

    void prepareLayer(Model m, String layer) {
        entering = null;
        submit("tradeoff-layer", "Running the layers before " + layer + "…", () -> {
            ModelRunner.Activations a = ModelRunner.advance(m, ModelRunner.inputs(m), m.indexOf(layer), progress());
            Weights w = m.convolution(layer).weights();
            Map<String, double[]> s = new LinkedHashMap<>();
            for (String scheme : FactorChoice.SCHEMES) s.put(scheme, ModelFactoring.singularValues(w, scheme));
            return new Object[] {a, s};
        }, r -> {
            entering = (ModelRunner.Activations) r[0];
            @SuppressWarnings("unchecked") Map<String, double[]> s = (Map<String, double[]>) r[1];
            model.layerPrepared(s);
        });
    }

    void measure(Model m, FactorChoice c) {
        ModelRunner.Activations a = entering;
        if (a == null) return;
        submit("tradeoff-measure", "Measuring " + c.layer() + " as " + c + "…", () -> point(m, c, a),
                r -> {
                    model.measured(r.point(), r.layerMultiplies());
                    done(c.layer() + " " + c + ": accuracy " + pct(r.point().accuracy()));
                });
    }

    void sweep(Model m, String layer) {
        ModelRunner.Activations a = entering;
        if (m == null || layer == null || a == null) return;
        Weights w = m.convolution(layer).weights();
        submit("tradeoff-sweep", "Measuring every scheme at a ladder of ranks…", () -> {
            int n = 0;
            for (String scheme : FactorChoice.SCHEMES) {
                for (int r : ModelFactoring.sweepRanks(ModelFactoring.maxRank(w, scheme))) {
                    Measured p = point(m, new FactorChoice(layer, scheme, List.of(r)), a);
                    onFx(() -> model.addPoint(p.point()));
                    n++;
                }
            }
            return n;
        }, n -> done("Sweep done: " + n + " factorized variants of " + layer + " measured"));
    }

    void cancel() {
        cancelled.set(true);
        for (Future<?> t : running.values()) t.cancel(true);
        running.clear();
        model.busy.set(false);
        model.progress.set(0);
        model.status.set("Cancelled");
    }

    private record Measured(TradeoffPoint point, long layerMultiplies) { }

    private Measured point(Model m, FactorChoice c, ModelRunner.Activations a) {
        ModelFactoring.Factored f = ModelFactoring.apply(m, c);
        Evaluation e = ModelRunner.evaluateFrom(f.model(), a, progress());
        long layer = 0;
        for (Evaluation.LayerCount l : e.layers()) if (l.origin().equals(c.layer())) layer += l.multiplies();
        return new Measured(new TradeoffPoint(c.scheme(), c.rank(), e.multipliesPerImage(), e.accuracy(),
                f.relativeError(), e.parameters()), layer);
    }

    private <T> void submit(String key, String what, java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> ok) {
        cancelled.set(false);
        model.busy.set(true);
        model.status.set(what);
        Future<T> t = model.compute.submitLatest(key, work, v -> {
            running.remove(key);
            model.busy.set(!running.isEmpty());
            ok.accept(v);
        }, e -> {
            running.remove(key);
            model.busy.set(!running.isEmpty());
            if (!(e instanceof CancellationException) && !(e instanceof InterruptedException)) {
                model.status.set(org.convlab.ui.core.UserMessages.of(e));
            }
        });
        if (!model.compute.isSynchronous() && !t.isDone()) running.put(key, t);
        else model.busy.set(!running.isEmpty());
    }

    private void done(String text) {
        model.status.set(text);
        if (running.isEmpty()) model.progress.set(0);
    }

    /** Progress as a fraction, sent to the FX thread about 20 times per pass, never per image. */
    private ModelRunner.Progress progress() {
        return new ModelRunner.Progress() {
            private int last = -1;

            @Override public void report(int done, int total) {
                int step = total == 0 ? 0 : done * 20 / total;
                if (step == last) return;
                last = step;
                double f = total == 0 ? 1 : (double) done / total;
                onFx(() -> model.progress.set(f));
            }

            @Override public boolean cancelled() {
                return cancelled.get() || Thread.currentThread().isInterrupted();
            }
        };
    }

    private void onFx(Runnable r) {
        if (model.compute.isSynchronous() || Platform.isFxApplicationThread()) r.run();
        else Platform.runLater(r);
    }

    static String pct(double a) { return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * a); }
}
