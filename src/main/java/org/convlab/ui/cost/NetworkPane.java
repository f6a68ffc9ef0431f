package org.convlab.ui.cost;

import static org.convlab.network.CostFormat.grouped;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.convlab.network.BlockCost;
import org.convlab.network.CostFormat;
import org.convlab.network.LayerCost;
import org.convlab.network.NetworkCost;
import org.convlab.network.Share;

/** The network section: choose network, α and resolution; bars per block, pies by type, the layer table. */
final class NetworkPane {
    private final CostExplorerModel model;
    private final VBox root = new VBox(12);
    private final Label title = new Label();
    private final Label source = new Label();
    private final Label error = new Label();
    private final NumberAxis valueAxis = new NumberAxis();
    private final BarChart<String, Number> bars = new BarChart<>(new CategoryAxis(), valueAxis);
    private final CheckBox logScale = new CheckBox("Logarithmic scale");
    private final PieChart multAddsPie = new PieChart();
    private final PieChart paramsPie = new PieChart();
    private final TableView<LayerCost> table = new TableView<>();
    private final GridPane shareTable = new GridPane();
    /** Pie colours by slice index; the CSS gives the pies the same ones. */
    /** A share's colour: the theme's series colours (Palette.series), looked up from the window's style. */
    static String shareColour(int i) { return "-cl-series" + Math.floorMod(i, org.convlab.ui.core.Palette.SERIES); }
    private final List<Object> strongRefs = new ArrayList<>();
    private final ChangeListener<Object> onResult = (o, a, b) -> show();

    NetworkPane(CostExplorerModel model, java.util.function.Supplier<javafx.stage.Window> owner) {
        this.model = model;
        root.getStyleClass().add(CostExplorerView.SECTION);
        root.setPadding(new Insets(16));

        ComboBox<String> network = new ComboBox<>(model.getNetworks());
        network.setId("cost-network");
        network.valueProperty().bindBidirectional(model.networkProperty());
        Button open = new Button("Open network file…");
        open.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Open a network file (see docs/NETWORKS.md)");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Network files (*.json)", "*.json"));
            File f = fc.showOpenDialog(owner.get());
            if (f != null) model.openNetworkFile(f.toPath());
        });
        Spinner<Double> alpha = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.05, 1.0, model.alphaProperty().get(), 0.05));
        alpha.setId("cost-alpha");
        alpha.setEditable(true);
        alpha.setPrefWidth(100);
        ObjectProperty<Double> a = model.alphaProperty().asObject();
        strongRefs.add(a);
        alpha.getValueFactory().valueProperty().bindBidirectional(a);
        Spinner<Integer> res = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(32, 1024, model.resolutionProperty().get(), 32));
        res.setId("cost-resolution");
        res.setEditable(true);
        res.setPrefWidth(110);
        ObjectProperty<Integer> rr = model.resolutionProperty().asObject();
        strongRefs.add(rr);
        res.getValueFactory().valueProperty().bindBidirectional(rr);
        HBox controls = new HBox(12, label("Network"), network, open, gap(), label("Width multiplier α"), alpha, gap(),
                label("Resolution"), res, gap(), logScale);
        controls.setAlignment(Pos.CENTER_LEFT);

        title.getStyleClass().add(CostExplorerView.HEADING);
        source.getStyleClass().add(CostExplorerView.SOURCE);
        source.setWrapText(true);
        error.getStyleClass().add(CostExplorerView.ERROR);
        error.setWrapText(true);
        error.textProperty().bind(model.networkErrorProperty());
        error.visibleProperty().bind(model.networkErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        HBox totals = new HBox(16,
                card("Depthwise-separable (as published)", model.separableSummaryProperty(), "card-separable"),
                card("Every block as a full convolution", model.standardSummaryProperty(), "card-standard"),
                card("Saving", model.reductionSummaryProperty(), "card-saving"));
        totals.setMinHeight(Region.USE_PREF_SIZE);

        bars.setTitle("Mult-adds per block: full convolution vs depthwise-separable");
        bars.setAnimated(false);
        bars.setId("cost-bars");
        bars.setCategoryGap(6);
        bars.setBarGap(1);
        bars.getXAxis().setTickLabelRotation(-60);
        logScale.setSelected(true);
        logScale.setId("cost-log");
        logScale.selectedProperty().addListener(onResult);
        multAddsPie.setTitle("Mult-adds");
        paramsPie.setTitle("Parameters");
        for (PieChart p : List.of(multAddsPie, paramsPie)) {
            p.setAnimated(false);
            p.setLegendVisible(false);
            p.setLabelsVisible(false);
            p.setStartAngle(90);
            p.setPrefSize(230, 230);
            p.setMinSize(180, 180);
        }
        shareTable.getStyleClass().add(CostExplorerView.RESULTS);
        shareTable.setHgap(14);
        shareTable.setVgap(4);
        Label t2 = new Label("Share by layer type (the paper's Table 2)");
        t2.getStyleClass().add(CostExplorerView.SUBHEADING);
        VBox pies = new VBox(6, new HBox(4, multAddsPie, paramsPie), t2, shareTable);
        HBox charts = new HBox(12, bars, pies);
        HBox.setHgrow(bars, Priority.ALWAYS);
        bars.setMinHeight(300);

        buildTable();
        VBox.setVgrow(charts, Priority.ALWAYS);
        table.setPrefHeight(260);
        root.getChildren().addAll(controls, title, source, error, totals, charts, table);

        model.networkCostProperty().addListener(onResult);
        model.networkErrorProperty().addListener(onResult);
        show();
    }

    VBox getRoot() { return root; }

    void dispose() {
        model.networkCostProperty().removeListener(onResult);
        model.networkErrorProperty().removeListener(onResult);
    }

    private static Region gap() {
        Region r = new Region();
        r.setMinWidth(12);
        return r;
    }

    private static Label label(String s) {
        Label l = new Label(s);
        l.getStyleClass().add(CostExplorerView.FIELD_LABEL);
        return l;
    }

    private static VBox card(String heading, ObservableValue<String> text, String id) {
        Label h = new Label(heading);
        h.getStyleClass().add(CostExplorerView.CARD_HEAD);
        Label v = new Label();
        v.textProperty().bind(text);
        v.getStyleClass().add(CostExplorerView.CARD_VALUE);
        v.setId(id);
        v.setMinHeight(Region.USE_PREF_SIZE);
        VBox b = new VBox(4, h, v);
        b.setMinHeight(Region.USE_PREF_SIZE);
        b.getStyleClass().add(CostExplorerView.CARD);
        HBox.setHgrow(b, Priority.ALWAYS);
        b.setMaxWidth(Double.MAX_VALUE);
        return b;
    }

    private void buildTable() {
        table.setId("cost-layers");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("#", 50, l -> Integer.toString(l.index()), true));
        table.getColumns().add(column("Layer", 130, LayerCost::label, false));
        table.getColumns().add(column("Filter shape", 150, LayerCost::filterShape, false));
        table.getColumns().add(column("Input", 120, l -> l.input().toString(), false));
        table.getColumns().add(column("Output", 120, l -> l.output().toString(), false));
        table.getColumns().add(column("Mult-adds", 150, l -> l.multAdds() == 0 ? "—" : grouped(l.multAdds()), true));
        table.getColumns().add(column("Parameters", 130, l -> l.parameters() == 0 ? "—" : grouped(l.parameters()), true));
        table.getColumns().add(column("% of mult-adds", 120, this::percentOfTotal, true));
        table.getColumns().add(column("Block as full conv", 170, this::fullConv, true));
        table.setPlaceholder(new Label("No network"));
    }

    private String percentOfTotal(LayerCost l) {
        NetworkCost n = model.networkCostProperty().get();
        if (n == null || l.multAdds() == 0) return "—";
        return String.format(Locale.US, "%.2f%%", 100.0 * l.multAdds() / n.separable().multiplies());
    }

    private String fullConv(LayerCost l) {
        NetworkCost n = model.networkCostProperty().get();
        if (n == null || l.block() == 0 || l.type() != org.convlab.network.LayerType.DEPTHWISE) return "";
        BlockCost b = n.blocks().get(l.block() - 1);
        return b.separable() ? grouped(b.standardMultAdds()) + "  (" + CostFormat.times(b.ratio()) + ")" : "";
    }

    private static TableColumn<LayerCost, String> column(String name, double width, Function<LayerCost, String> f, boolean right) {
        TableColumn<LayerCost, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        if (right) c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    private void show() {
        NetworkCost n = model.networkCostProperty().get();
        boolean stale = !model.networkErrorProperty().get().isEmpty();
        root.getChildren().forEach(c -> { if (c != error && !(c instanceof HBox h && h.getChildren().contains(logScale))) c.setOpacity(stale ? 0.4 : 1); });
        if (n == null) return;
        title.setText(String.format(Locale.US, "%s  ·  α = %s  ·  %d×%d input (ρ = %.3f)", n.spec().title(), trim(n.alpha()),
                n.resolution(), n.resolution(), n.rho()));
        source.setText(n.spec().source());
        table.setItems(FXCollections.observableArrayList(n.layers()));
        table.refresh();
        showBars(n);
        showPie(multAddsPie, n.shares(), true);
        showPie(paramsPie, n.shares(), false);
        showShares(n.shares());
    }

    private static String trim(double a) {
        String s = String.format(Locale.US, "%.3f", a);
        return s.replaceAll("0+$", "").replaceAll("\\.$", ".0");
    }

    private void showBars(NetworkCost n) {
        boolean log = logScale.isSelected();
        XYChart.Series<String, Number> full = new XYChart.Series<>();
        full.setName("Full convolution");
        XYChart.Series<String, Number> sep = new XYChart.Series<>();
        sep.setName("Depthwise-separable (as published)");
        long max = 1;
        for (BlockCost b : n.blocks()) max = Math.max(max, b.standardMultAdds());
        for (BlockCost b : n.blocks()) {
            full.getData().add(new XYChart.Data<>(b.label(), value(b.standardMultAdds(), log)));
            sep.getData().add(new XYChart.Data<>(b.label(), value(b.separableMultAdds(), log)));
        }
        if (log) {
            valueAxis.setAutoRanging(false);
            valueAxis.setLowerBound(3);
            valueAxis.setUpperBound(Math.max(4, Math.ceil(Math.log10(max))));
            valueAxis.setTickUnit(1);
            valueAxis.setLabel("Mult-adds (log scale)");
            valueAxis.setTickLabelFormatter(new StringConverter<>() {
                @Override public String toString(Number v) { return power(v.intValue()); }
                @Override public Number fromString(String s) { return 0; }
            });
        } else {
            valueAxis.setAutoRanging(true);
            valueAxis.setLabel("Mult-adds (millions)");
            valueAxis.setTickLabelFormatter(new StringConverter<>() {
                @Override public String toString(Number v) { return String.format(Locale.US, "%,.0f M", v.doubleValue()); }
                @Override public Number fromString(String s) { return 0; }
            });
        }
        bars.getData().setAll(List.of(full, sep));
        for (int i = 0; i < n.blocks().size(); i++) {
            BlockCost b = n.blocks().get(i);
            tip(full.getData().get(i), b.label() + " as a full convolution: " + grouped(b.standardMultAdds()) + " mult-adds, "
                    + grouped(b.standardParameters()) + " parameters");
            tip(sep.getData().get(i), b.label() + " as published: " + grouped(b.separableMultAdds()) + " mult-adds, "
                    + grouped(b.separableParameters()) + " parameters" + (b.separable() ? "  (" + CostFormat.times(b.ratio()) + " fewer)" : ""));
        }
    }

    private static double value(long v, boolean log) {
        if (!log) return v / 1e6;
        return v <= 0 ? 3 : Math.max(3, Math.log10(v));
    }

    private static String power(int e) {
        return switch (e) {
            case 3 -> "1 k";
            case 4 -> "10 k";
            case 5 -> "100 k";
            case 6 -> "1 M";
            case 7 -> "10 M";
            case 8 -> "100 M";
            case 9 -> "1 G";
            case 10 -> "10 G";
            default -> "1e" + e;
        };
    }

    private static void tip(XYChart.Data<String, Number> d, String text) {
        Runnable install = () -> {
            Node node = d.getNode();
            if (node == null) return;
            Tooltip t = new Tooltip(text);
            t.setShowDelay(Duration.millis(60));
            Tooltip.install(node, t);
        };
        if (d.getNode() != null) install.run();
        else d.nodeProperty().addListener((o, a, b) -> install.run());
    }

    private void showShares(List<Share> shares) {
        shareTable.getChildren().clear();
        String[] head = {"", "Type", "Mult-adds", "Parameters"};
        for (int i = 0; i < head.length; i++) {
            Label h = new Label(head[i]);
            h.getStyleClass().add(CostExplorerView.COLUMN_HEAD);
            shareTable.add(h, i, 0);
        }
        for (int i = 0; i < shares.size(); i++) {
            Share s = shares.get(i);
            Region swatch = new Region();
            swatch.setMinSize(14, 14);
            swatch.setMaxSize(14, 14);
            swatch.setStyle("-fx-background-color: " + shareColour(i) + ";");
            shareTable.add(swatch, 0, i + 1);
            shareTable.add(new Label(s.category()), 1, i + 1);
            Label m = new Label(CostFormat.percent(s.multAddsPercent()));
            m.getStyleClass().add(CostExplorerView.SHARE_NUMBER);
            Label p = new Label(CostFormat.percent(s.parametersPercent()));
            p.getStyleClass().add(CostExplorerView.SHARE_NUMBER);
            shareTable.add(m, 2, i + 1);
            shareTable.add(p, 3, i + 1);
        }
    }

    private static void showPie(PieChart pie, List<Share> shares, boolean multAdds) {
        List<PieChart.Data> data = new ArrayList<>();
        for (Share s : shares) {
            double p = multAdds ? s.multAddsPercent() : s.parametersPercent();
            data.add(new PieChart.Data(String.format(Locale.US, "%s  %.2f%%", s.category(), p), Math.max(p, 0.0001)));
        }
        pie.setData(FXCollections.observableArrayList(data));
        for (int i = 0; i < data.size(); i++) {
            Node node = data.get(i).getNode();
            if (node != null) node.setStyle("-fx-pie-color: " + shareColour(i) + ";");
        }
        for (int i = 0; i < data.size(); i++) {
            Share s = shares.get(i);
            Node node = data.get(i).getNode();
            if (node != null) {
                Tooltip t = new Tooltip(String.format(Locale.US, "%s: %s mult-adds (%.2f%%), %s parameters (%.2f%%)", s.category(),
                        grouped(s.multAdds()), s.multAddsPercent(), grouped(s.parameters()), s.parametersPercent()));
                t.setShowDelay(Duration.millis(60));
                Tooltip.install(node, t);
            }
        }
    }
}
