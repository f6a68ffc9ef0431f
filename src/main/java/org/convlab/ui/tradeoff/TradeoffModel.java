package org.convlab.ui.tradeoff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.convlab.engine.Weights;
import org.convlab.network.model.FactorChoice;
import org.convlab.network.model.Model;
import org.convlab.network.model.ModelFactoring;
import org.convlab.network.model.ModelLayer;
import org.convlab.ui.core.ComputeService;

/**
 * The Trade-off screen's state: which trained model and layer, which scheme and rank, and what
 * the engine measured (kernel error, multiplies, accuracy on the test subset). All engine work
 * goes through {@link TradeoffJobs} on the {@link ComputeService}; properties change on the FX
 * thread only.
 */
public final class TradeoffModel {
    final ComputeService compute;
    final TradeoffJobs jobs;

    private final ObservableList<String> modelNames = FXCollections.observableArrayList();
    private final StringProperty modelName = new SimpleStringProperty();
    private final ObservableList<String> layerNames = FXCollections.observableArrayList();
    private final StringProperty layerName = new SimpleStringProperty();
    private final StringProperty scheme = new SimpleStringProperty(FactorChoice.SCHEMES.get(0));
    private final IntegerProperty rank = new SimpleIntegerProperty(1);
    private final IntegerProperty maxRank = new SimpleIntegerProperty(1);
    final ObjectProperty<Model> model = new SimpleObjectProperty<>();
    final ObjectProperty<Weights> filters = new SimpleObjectProperty<>();
    final ObjectProperty<Map<String, double[]>> spectra = new SimpleObjectProperty<>(Map.of());
    final ObjectProperty<TradeoffPoint> current = new SimpleObjectProperty<>();
    final ObjectProperty<TradeoffPoint> baseline = new SimpleObjectProperty<>();
    final ObjectProperty<TradeoffPoint> trainedDws = new SimpleObjectProperty<>();
    final ObjectProperty<Long> layerMultiplies = new SimpleObjectProperty<>();
    final ObservableList<TradeoffPoint> points = FXCollections.observableArrayList();
    final BooleanProperty busy = new SimpleBooleanProperty();
    final DoubleProperty progress = new SimpleDoubleProperty();
    final StringProperty status = new SimpleStringProperty("");

    public TradeoffModel(ComputeService compute) {
        this.compute = compute;
        this.jobs = new TradeoffJobs(this);
        modelNames.setAll(TradeoffJobs.modelNames());
        scheme.addListener((o, a, s) -> { updateMaxRank(); measure(); });
        rank.addListener((o, a, r) -> measure());
    }

    // ---- commands ----

    /** Loads a model (off the FX thread), its baseline and the trained depthwise-separable point. */
    public void selectModel(String name) {
        if (name == null || name.equals(modelName.get()) && model.get() != null) return;
        modelName.set(name);
        jobs.loadModel(name);
    }

    /** Picks a convolution of the current model; computes its spectra and the activations entering it. */
    public void selectLayer(String layer) {
        if (layer == null || model.get() == null) return;
        layerName.set(layer);
        points.removeIf(p -> !p.scheme().startsWith("trained"));
        ModelLayer.Conv2d c = model.get().convolution(layer);
        filters.set(c.weights());
        jobs.prepareLayer(model.get(), layer);
    }

    public void setScheme(String s) {
        if (!FactorChoice.SCHEMES.contains(s)) throw new IllegalArgumentException("unknown scheme " + s);
        scheme.set(s);
    }

    public void setRank(int r) { rank.set(Math.max(1, Math.min(r, maxRank.get()))); }

    /** Measures every scheme at a ladder of ranks; the points appear one by one. */
    public void sweep() { jobs.sweep(model.get(), layerName.get()); }

    public void cancel() { jobs.cancel(); }

    public void dispose() { jobs.cancel(); }

    // ---- called by the jobs on the FX thread ----

    void modelLoaded(Model m, TradeoffPoint base) {
        model.set(m);
        baseline.set(base);
        points.removeIf(p -> p.scheme().equals("trained"));
        points.add(base);
        List<String> names = new ArrayList<>();
        for (ModelLayer.Conv2d c : m.convolutions()) if (c.spec().groups() == 1) names.add(c.name());
        layerNames.setAll(names);
        String pick = names.contains(layerName.get()) ? layerName.get() : names.isEmpty() ? null : names.get(names.size() / 2);
        layerName.set(null);
        selectLayer(pick);
    }

    void layerPrepared(Map<String, double[]> s) {
        spectra.set(new LinkedHashMap<>(s));
        updateMaxRank();
        measure();
    }

    void measured(TradeoffPoint p, long layerMults) {
        layerMultiplies.set(layerMults);
        current.set(p);
        addPoint(p);
    }

    void addPoint(TradeoffPoint p) {
        points.removeIf(q -> q.scheme().equals(p.scheme()) && q.rank() == p.rank());
        points.add(p);
    }

    private void updateMaxRank() {
        Weights w = filters.get();
        if (w == null) return;
        int max = ModelFactoring.maxRank(w, scheme.get());
        maxRank.set(max);
        if (rank.get() > max) rank.set(max);
    }

    private void measure() {
        if (model.get() == null || layerName.get() == null || !jobs.layerReady()) return;
        jobs.measure(model.get(), new FactorChoice(layerName.get(), scheme.get(), List.of(rank.get())));
    }

    // ---- properties ----

    public ObservableList<String> modelNames() { return modelNames; }
    public StringProperty modelNameProperty() { return modelName; }
    public ObservableList<String> layerNames() { return layerNames; }
    public StringProperty layerNameProperty() { return layerName; }
    public StringProperty schemeProperty() { return scheme; }
    public IntegerProperty rankProperty() { return rank; }
    public IntegerProperty maxRankProperty() { return maxRank; }
    public ObjectProperty<Model> modelProperty() { return model; }
    public ObjectProperty<Weights> filtersProperty() { return filters; }
    public ObjectProperty<Map<String, double[]>> spectraProperty() { return spectra; }
    public ObjectProperty<TradeoffPoint> currentProperty() { return current; }
    public ObjectProperty<TradeoffPoint> baselineProperty() { return baseline; }
    public ObjectProperty<TradeoffPoint> trainedDwsProperty() { return trainedDws; }
    public ObjectProperty<Long> layerMultipliesProperty() { return layerMultiplies; }
    public ObservableList<TradeoffPoint> points() { return points; }
    public BooleanProperty busyProperty() { return busy; }
    public DoubleProperty progressProperty() { return progress; }
    public StringProperty statusProperty() { return status; }
}
