package org.convlab.ui.tradeoff;

import java.util.Locale;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.convlab.io.PublishedResults;
import org.convlab.network.model.FactorChoice;
import org.convlab.ui.core.Look;

/**
 * The Trade-off screen, in code: a bar to pick model, layer, scheme and rank; the learned filters
 * and the spectra on the left; the measured numbers, the accuracy-vs-multiplies chart and the
 * paper's rows on the right.
 */
public final class TradeoffView {
    private final TradeoffModel model;
    private final BorderPane root = new BorderPane();
    final FilterTiles tiles = new FilterTiles();
    final SpectrumPlot spectrum = new SpectrumPlot();
    final TradeoffChart chart = new TradeoffChart();
    final PaperChart paper = new PaperChart(PublishedResults.read(PublishedResults.MOBILENETS));
    final Slider rank = new Slider(1, 1, 1);
    final Label readout = new Label();

    public TradeoffView(TradeoffModel model) {
        this.model = model;
        root.setId("tradeoff-root");
        root.setTop(bar());
        // the measured numbers span the width above the plots, so in presentation mode they wrap
        // into two lines instead of four and leave the accuracy chart its height
        readout.setId("tradeoff-readout");
        readout.setWrapText(true);
        readout.setMinHeight(Label.USE_PREF_SIZE);
        readout.setPadding(new Insets(2, 8, 0, 8));
        GridPane body = body();
        VBox center = new VBox(2, readout, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.setCenter(center);
        wire();
    }

    public BorderPane getRoot() { return root; }

    public TradeoffModel model() { return model; }

    private VBox bar() {
        ComboBox<String> models = new ComboBox<>(model.modelNames());
        models.setId("tradeoff-model");
        models.valueProperty().bindBidirectional(model.modelNameProperty());
        models.setOnAction(e -> model.selectModel(models.getValue()));
        ComboBox<String> layers = new ComboBox<>(model.layerNames());
        layers.setId("tradeoff-layer");
        layers.setOnAction(e -> { if (layers.getValue() != null && !layers.getValue().equals(model.layerNameProperty().get())) model.selectLayer(layers.getValue()); });
        model.layerNameProperty().addListener((o, a, v) -> layers.setValue(v));
        ComboBox<String> schemes = new ComboBox<>();
        schemes.getItems().setAll(FactorChoice.SCHEMES);
        schemes.setId("tradeoff-scheme");
        schemes.valueProperty().bindBidirectional(model.schemeProperty());
        rank.setId("tradeoff-rank");
        rank.setMajorTickUnit(1);
        rank.setMinorTickCount(0);
        rank.setSnapToTicks(true);
        rank.setBlockIncrement(1);
        rank.setPrefWidth(220);
        HBox.setHgrow(rank, Priority.ALWAYS);
        rank.maxProperty().bind(model.maxRankProperty());
        rank.valueProperty().addListener((o, a, v) -> { if (!rank.isValueChanging()) model.setRank((int) Math.round(v.doubleValue())); });
        rank.valueChangingProperty().addListener((o, a, ch) -> { if (!ch) model.setRank((int) Math.round(rank.getValue())); });
        model.rankProperty().addListener((o, a, v) -> rank.setValue(v.intValue()));
        Label rankText = new Label();
        rankText.setMinWidth(Label.USE_PREF_SIZE);
        rankText.textProperty().bind(model.rankProperty().asString("rank %d").concat(model.maxRankProperty().asString(" of %d")));
        Button sweep = new Button("Measure all ranks");
        sweep.setId("tradeoff-sweep");
        sweep.setOnAction(e -> model.sweep());
        Button cancel = new Button("Cancel");
        cancel.setId("tradeoff-cancel");
        cancel.disableProperty().bind(model.busyProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());   // the status starts at the left edge when idle
        progress.setPrefWidth(120);
        HBox rankBox = new HBox(8, label("Rank"), rank, rankText);
        rankBox.setAlignment(Pos.CENTER_LEFT);
        rank.setMinWidth(120);
        javafx.scene.layout.FlowPane row1 = new javafx.scene.layout.FlowPane(8, 4, pair("Model", models), pair("Layer", layers),
                pair("Scheme", schemes), rankBox, sweep, cancel);
        row1.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("tradeoff-status");
        status.textProperty().bind(model.statusProperty());
        status.setMinWidth(0);
        HBox row2 = new HBox(8, progress, status);
        row2.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {models, layers, schemes, sweep, cancel}) {
            c.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        }
        VBox box = new VBox(4, row1, row2);
        row1.prefWrapLengthProperty().bind(box.widthProperty().subtract(16));
        box.setPadding(new Insets(6, 8, 4, 8));
        return box;
    }

    private static HBox pair(String text, javafx.scene.Node n) {
        HBox b = new HBox(6, label(text), n);
        b.setAlignment(Pos.CENTER_LEFT);
        return b;
    }

    private static Label label(String s) {
        Label l = new Label(s);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private GridPane body() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(4, 8, 8, 8));
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setPercentWidth(42);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setPercentWidth(58);
        g.getColumnConstraints().setAll(c0, c1);
        RowConstraints r0 = new RowConstraints();
        r0.setPercentHeight(50);
        RowConstraints r1 = new RowConstraints();
        r1.setPercentHeight(50);
        g.getRowConstraints().setAll(r0, r1);
        g.add(tiles.node(), 0, 0);
        g.add(spectrum.node(), 0, 1);
        g.add(chart.node(), 1, 0);
        g.add(paper.node(), 1, 1);
        for (var n : new javafx.scene.layout.Region[] {tiles.node(), spectrum.node(), chart.node(), paper.node()}) {
            n.setMinSize(0, 0);
            GridPane.setHgrow(n, Priority.ALWAYS);
            GridPane.setVgrow(n, Priority.ALWAYS);
        }
        return g;
    }

    private void wire() {
        model.filtersProperty().addListener(o -> tiles.show(model.layerNameProperty().get(), model.filtersProperty().get()));
        for (Observable p : new Observable[] {model.spectraProperty(), model.schemeProperty(), model.rankProperty()}) {
            p.addListener(o -> spectrum.show(model.spectraProperty().get(), model.schemeProperty().get(), model.rankProperty().get()));
        }
        for (Observable p : new Observable[] {model.points(), model.currentProperty(), model.modelProperty()}) {
            p.addListener(o -> redrawChart());
        }
        for (Observable p : new Observable[] {model.currentProperty(), model.baselineProperty(), model.trainedDwsProperty()}) {
            p.addListener(o -> readout.setText(readoutText()));
        }
        readout.setText(readoutText());
    }

    private void redrawChart() {
        var m = model.modelProperty().get();
        String sub = m == null ? "" : m.name() + ", factoring " + (model.layerNameProperty().get() == null ? "—" : model.layerNameProperty().get())
                + "; accuracy on the " + m.test().count() + " shipped Fashion-MNIST test images";
        chart.show(model.points(), model.currentProperty().get(), sub);
    }

    String readoutText() {
        TradeoffPoint c = model.currentProperty().get(), b = model.baselineProperty().get(), d = model.trainedDwsProperty().get();
        StringBuilder s = new StringBuilder();
        if (c != null) {
            Long lm = model.layerMultipliesProperty().get();
            s.append(String.format(Locale.ROOT, "%s rank %d: kernel error %.3f · layer %s multiplies · network %s multiplies/image · accuracy %.1f%%",
                    c.scheme(), c.rank(), c.error(), lm == null ? "—" : PlotCanvas.count(lm), PlotCanvas.count(c.multiplies()), 100 * c.accuracy()));
        } else {
            s.append("Measuring…");
        }
        if (b != null) s.append(String.format(Locale.ROOT, "%ntrained: %s multiplies, %.1f%%", PlotCanvas.count(b.multiplies()), 100 * b.accuracy()));
        if (d != null) s.append(String.format(Locale.ROOT, " · trained depthwise-separable net: %s multiplies, %.1f%%", PlotCanvas.count(d.multiplies()), 100 * d.accuracy()));
        return s.toString();
    }

    public void applyLook(Look look) {
        for (PlotCanvas c : new PlotCanvas[] {tiles, spectrum, chart, paper}) c.applyLook(look);
    }
}
