package org.convlab.ui.cost;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.convlab.engine.Padding;
import org.convlab.io.NetworkLoader;
import org.convlab.network.CostFormat;
import org.convlab.network.LayerComparison;
import org.convlab.network.NetworkCost;
import org.convlab.network.NetworkCostModel;
import org.convlab.ui.core.ComputeService;

/**
 * The cost explorer's state: a layer calculator (inputs → four variants and the reduction
 * factor) and a network costing (network, α, resolution → per-layer costs). Every input change
 * recomputes through {@link ComputeService}; results and errors arrive as properties.
 */
public final class CostExplorerModel {
    /** Kernel sizes drawn in the reduction-factor chart. */
    public static final List<Integer> CHART_KERNELS = List.of(3, 5, 7);
    /** Filter counts F on the chart's x axis: 1, 2, 4, …, 1024. */
    public static final List<Integer> CHART_FILTERS = List.of(1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024);
    /** The padding choice meaning "same for stride 1, d·(K−1)/2 otherwise". */
    public static final String AUTO_PADDING = "auto";

    /** The layer calculator's result: the comparison and the factor curves 1/F + 1/K². */
    public record LayerResult(LayerComparison comparison, List<Curve> curves) { }

    /** One curve of the chart: kernel K and (F, 1/F + 1/K²) points. */
    public record Curve(int kernel, List<double[]> points) { }

    private final ComputeService compute;

    private final IntegerProperty height = new SimpleIntegerProperty(14);
    private final IntegerProperty width = new SimpleIntegerProperty(14);
    private final IntegerProperty channels = new SimpleIntegerProperty(512);
    private final IntegerProperty kernelH = new SimpleIntegerProperty(3);
    private final IntegerProperty kernelW = new SimpleIntegerProperty(3);
    private final IntegerProperty filters = new SimpleIntegerProperty(512);
    private final IntegerProperty stride = new SimpleIntegerProperty(1);
    private final StringProperty padding = new SimpleStringProperty(AUTO_PADDING);
    private final IntegerProperty dilation = new SimpleIntegerProperty(1);
    private final IntegerProperty groups = new SimpleIntegerProperty(1);
    private final IntegerProperty rank = new SimpleIntegerProperty(2);
    private final ReadOnlyObjectWrapper<LayerResult> layer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper layerError = new ReadOnlyStringWrapper("");

    private final ObservableList<String> networks = FXCollections.observableArrayList(NetworkLoader.builtInNames());
    private final StringProperty network = new SimpleStringProperty("mobilenet-v1");
    private final DoubleProperty alpha = new SimpleDoubleProperty(1.0);
    private final IntegerProperty resolution = new SimpleIntegerProperty(224);
    private final ReadOnlyObjectWrapper<NetworkCost> networkCost = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper networkError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper separableSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper standardSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reductionSummary = new ReadOnlyStringWrapper("");

    public CostExplorerModel(ComputeService compute) {
        this.compute = compute;
        ChangeListener<Number> clampRank = (o, a, b) -> {
            int max = Math.max(1, Math.min(kernelH.get(), kernelW.get()));
            if (rank.get() > max) rank.set(max);
        };
        kernelH.addListener(clampRank);
        kernelW.addListener(clampRank);
        ChangeListener<Object> layerChanged = (o, a, b) -> recomputeLayer();
        for (var p : List.of(height, width, channels, kernelH, kernelW, filters, stride, dilation, groups, rank)) {
            p.addListener(layerChanged);
        }
        padding.addListener(layerChanged);
        ChangeListener<Object> netChanged = (o, a, b) -> recomputeNetwork();
        network.addListener(netChanged);
        alpha.addListener(netChanged);
        resolution.addListener(netChanged);
        recomputeLayer();
        recomputeNetwork();
    }

    /** Recomputes the layer calculator (normally automatic on every change). */
    public void recomputeLayer() {
        LayerComparison.Query q;
        try {
            String p = padding.get() == null ? "" : padding.get().strip();
            Padding pad = p.isEmpty() || p.equalsIgnoreCase(AUTO_PADDING) ? null : Padding.parse(p);
            q = new LayerComparison.Query(height.get(), width.get(), channels.get(), kernelH.get(), kernelW.get(),
                    filters.get(), stride.get(), pad, dilation.get(), groups.get(), rank.get());
        } catch (IllegalArgumentException e) {
            layerError.set("padding: " + e.getMessage());
            return;
        }
        compute.submitLatest("cost-layer", () -> new LayerResult(LayerComparison.of(q), curves()), r -> {
            layer.set(r);
            layerError.set("");
        }, e -> layerError.set(message(e)));
    }

    private static List<Curve> curves() {
        List<Curve> out = new ArrayList<>();
        for (int k : CHART_KERNELS) {
            List<double[]> pts = new ArrayList<>();
            for (int f : CHART_FILTERS) pts.add(new double[] {f, LayerComparison.reductionFactor(f, k, k)});
            out.add(new Curve(k, List.copyOf(pts)));
        }
        return List.copyOf(out);
    }

    /** Recomputes the network (normally automatic on every change). */
    public void recomputeNetwork() {
        String name = network.get();
        double a = alpha.get();
        int res = resolution.get();
        compute.submitLatest("cost-network", () -> NetworkCostModel.compute(NetworkLoader.resolve(name), a, res), n -> {
            networkCost.set(n);
            networkError.set("");
            separableSummary.set(CostFormat.millions(n.separable().multiplies()) + " mult-adds\n"
                    + CostFormat.millions(n.separable().parameters(), 2) + " parameters");
            standardSummary.set(CostFormat.millions(n.standard().multiplies()) + " mult-adds\n"
                    + CostFormat.millions(n.standard().parameters(), 2) + " parameters");
            reductionSummary.set(CostFormat.times(n.reduction()) + " fewer mult-adds\n"
                    + CostFormat.times((double) n.standard().parameters() / n.separable().parameters()) + " fewer parameters");
        }, e -> networkError.set(message(e)));
    }

    /** Adds a teacher's network file to the list and selects it. */
    public void openNetworkFile(Path file) {
        String s = file.toAbsolutePath().toString();
        if (!networks.contains(s)) networks.add(s);
        network.set(s);
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    public IntegerProperty heightProperty() { return height; }
    public IntegerProperty widthProperty() { return width; }
    public IntegerProperty channelsProperty() { return channels; }
    public IntegerProperty kernelHProperty() { return kernelH; }
    public IntegerProperty kernelWProperty() { return kernelW; }
    public IntegerProperty filtersProperty() { return filters; }
    public IntegerProperty strideProperty() { return stride; }
    public StringProperty paddingProperty() { return padding; }
    public IntegerProperty dilationProperty() { return dilation; }
    public IntegerProperty groupsProperty() { return groups; }
    public IntegerProperty rankProperty() { return rank; }
    public ReadOnlyObjectProperty<LayerResult> layerProperty() { return layer.getReadOnlyProperty(); }
    public ReadOnlyStringProperty layerErrorProperty() { return layerError.getReadOnlyProperty(); }

    public ObservableList<String> getNetworks() { return networks; }
    public StringProperty networkProperty() { return network; }
    public DoubleProperty alphaProperty() { return alpha; }
    public IntegerProperty resolutionProperty() { return resolution; }
    public ReadOnlyObjectProperty<NetworkCost> networkCostProperty() { return networkCost.getReadOnlyProperty(); }
    public ReadOnlyStringProperty networkErrorProperty() { return networkError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty separableSummaryProperty() { return separableSummary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty standardSummaryProperty() { return standardSummary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty reductionSummaryProperty() { return reductionSummary.getReadOnlyProperty(); }
}
