package org.convlab.ui.cost;

import static org.convlab.network.CostFormat.grouped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.convlab.engine.Cost;
import org.convlab.network.CostFormat;
import org.convlab.network.LayerComparison;

/** The layer calculator: inputs on the left, four variants with formulas, and the factor chart. */
final class LayerCalculatorPane {
    private final CostExplorerModel model;
    private final HBox root = new HBox(24);
    private final GridPane results = new GridPane();
    private final Label shapeLine = new Label();
    private final Label factorLine = new Label();
    private final Label error = new Label();
    private final LineChart<Number, Number> chart;
    private final XYChart.Series<Number, Number> marker = new XYChart.Series<>();
    private final List<ObjectProperty<Integer>> bindings = new ArrayList<>();   // strong refs for bidirectional bindings
    private final ChangeListener<Object> onResult = (o, a, b) -> show();

    LayerCalculatorPane(CostExplorerModel model) {
        this.model = model;
        root.getStyleClass().add(CostExplorerView.SECTION);
        root.setPadding(new Insets(16));

        GridPane form = new GridPane();
        form.getStyleClass().add(CostExplorerView.FORM);
        form.setHgap(10);
        form.setVgap(8);
        int r = 0;
        form.add(heading("Layer"), 0, r++, 2, 1);
        r = spinner(form, r, "Input height H", model.heightProperty(), 1, 4096, "spin-height");
        r = spinner(form, r, "Input width W", model.widthProperty(), 1, 4096, "spin-width");
        r = spinner(form, r, "Channels C", model.channelsProperty(), 1, 8192, "spin-channels");
        r = spinner(form, r, "Kernel height K_h", model.kernelHProperty(), 1, 31, "spin-kh");
        r = spinner(form, r, "Kernel width K_w", model.kernelWProperty(), 1, 31, "spin-kw");
        r = spinner(form, r, "Filters F", model.filtersProperty(), 1, 8192, "spin-filters");
        r = spinner(form, r, "Stride", model.strideProperty(), 1, 16, "spin-stride");
        ComboBox<String> pad = new ComboBox<>();
        pad.getItems().addAll(CostExplorerModel.AUTO_PADDING, "same", "valid", "0", "1", "2", "3");
        pad.setEditable(true);
        pad.setId("cost-padding");
        pad.setMaxWidth(Double.MAX_VALUE);
        pad.getEditor().setPrefColumnCount(5);
        pad.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        pad.valueProperty().bindBidirectional(model.paddingProperty());
        pad.setTooltip(new Tooltip("auto: 'same' for stride 1, d·(K−1)/2 on each side otherwise; or P, PH,PW, same, valid"));
        form.add(label("Padding"), 0, r);
        form.add(pad, 1, r++);
        r = spinner(form, r, "Dilation", model.dilationProperty(), 1, 16, "spin-dilation");
        r = spinner(form, r, "Groups", model.groupsProperty(), 1, 8192, "spin-groups");
        spinner(form, r, "Low-rank r", model.rankProperty(), 1, 31, "spin-rank");
        form.setMinWidth(Region.USE_PREF_SIZE);   // labels and every digit of the fields, at any zoom

        VBox centre = new VBox(12);
        shapeLine.getStyleClass().add(CostExplorerView.SUBHEADING);
        shapeLine.setWrapText(true);
        error.getStyleClass().add(CostExplorerView.ERROR);
        error.setWrapText(true);
        error.textProperty().bind(model.layerErrorProperty());
        error.visibleProperty().bind(model.layerErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        results.getStyleClass().add(CostExplorerView.RESULTS);
        results.setHgap(18);
        results.setVgap(4);
        factorLine.getStyleClass().add(CostExplorerView.FACTOR);
        factorLine.setWrapText(true);
        factorLine.setMinHeight(Region.USE_PREF_SIZE);
        shapeLine.setMinHeight(Region.USE_PREF_SIZE);
        chart = factorChart();
        VBox.setVgrow(chart, Priority.ALWAYS);
        centre.getChildren().addAll(heading("Cost of one layer, four ways"), shapeLine, error, results, factorLine, chart);
        HBox.setHgrow(centre, Priority.ALWAYS);
        root.getChildren().addAll(form, centre);
        this.form = form;
        this.centre = centre;
        HBox.setHgrow(column, Priority.ALWAYS);
        root.widthProperty().addListener((o, a, b) -> arrange());
        results.widthProperty().addListener((o, a, b) -> arrange());

        model.layerProperty().addListener(onResult);
        model.layerErrorProperty().addListener(onResult);
        show();
    }

    HBox getRoot() { return root; }

    private GridPane form;
    private VBox centre;
    private final VBox column = new VBox(16);
    private boolean narrow;

    /**
     * Side by side while the window holds the fields and the whole table; else (a projector at
     * 1280×720 with presentation fonts) the fields in rows of three above a table of the full width.
     */
    private void arrange() {
        if (root.getWidth() <= 0) return;
        double labels = 0, fields = 0;
        for (Node n : form.getChildren()) {
            Integer span = GridPane.getColumnSpan(n);
            if (span != null && span > 1) continue;
            if (n instanceof Label) labels = Math.max(labels, n.prefWidth(-1));
            else fields = Math.max(fields, n.prefWidth(-1));
        }
        double side = labels + form.getHgap() + fields + form.getInsets().getLeft() + form.getInsets().getRight();
        boolean want = root.getWidth() < side + root.getSpacing() + root.getInsets().getLeft() + root.getInsets().getRight()
                + results.prefWidth(-1) + 8;
        if (want == narrow) return;
        narrow = want;
        int i = 0;
        for (Node n : List.copyOf(form.getChildren())) {
            Integer span = GridPane.getColumnSpan(n);
            if (span != null && span > 1) continue;   // the heading stays on top
            int pair = i / 2, col = i % 2;
            if (narrow) GridPane.setConstraints(n, (pair % 3) * 2 + col, 1 + pair / 3);
            else GridPane.setConstraints(n, col, 1 + pair);
            i++;
        }
        if (narrow) {
            root.getChildren().setAll(column);
            column.getChildren().setAll(form, centre);
        } else {
            column.getChildren().clear();
            root.getChildren().setAll(form, centre);
        }
    }

    void dispose() {
        model.layerProperty().removeListener(onResult);
        model.layerErrorProperty().removeListener(onResult);
    }

    private int spinner(GridPane form, int row, String text, IntegerProperty p, int min, int max, String id) {
        Spinner<Integer> s = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, p.get()));
        s.setEditable(true);
        s.setId(id);
        s.setMaxWidth(Double.MAX_VALUE);
        s.getEditor().setPrefColumnCount(5);                   // room for every digit, at any zoom
        s.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ObjectProperty<Integer> boxed = p.asObject();
        bindings.add(boxed);
        s.getValueFactory().valueProperty().bindBidirectional(boxed);
        // commit typed text on focus loss, so a typed value is never silently dropped
        s.focusedProperty().addListener((o, was, now) -> {
            if (!now) commit(s);
        });
        form.add(label(text), 0, row);
        form.add(s, 1, row);
        return row + 1;
    }

    private static void commit(Spinner<Integer> s) {
        String t = s.getEditor().getText();
        try {
            s.getValueFactory().setValue(s.getValueFactory().getConverter().fromString(t.strip()));
        } catch (RuntimeException e) {
            s.getEditor().setText(String.valueOf(s.getValue()));
        }
    }

    private void show() {
        CostExplorerModel.LayerResult r = model.layerProperty().get();
        boolean stale = !model.layerErrorProperty().get().isEmpty();
        results.setOpacity(stale ? 0.35 : 1);
        factorLine.setOpacity(stale ? 0.35 : 1);
        if (r == null) return;
        ensureCurves(r.curves());
        LayerComparison c = r.comparison();
        LayerComparison.Query q = c.query();
        ((NumberAxis) chart.getXAxis()).setUpperBound(Math.max(10, Math.ceil(log2(q.filters()))));
        shapeLine.setText(String.format(Locale.US, "Input %d×%d×%d  ·  kernel %d×%d  ·  F = %d  ·  %s  →  output %d×%d×%d",
                q.height(), q.width(), q.channels(), q.kernelH(), q.kernelW(), q.filters(), c.spec(),
                c.geometry().outH(), c.geometry().outW(), q.filters()));
        results.getChildren().clear();
        results.getColumnConstraints().setAll(col(HPos.LEFT), col(HPos.RIGHT), col(HPos.RIGHT), col(HPos.RIGHT), col(HPos.RIGHT));
        String[] head = {"Variant", "Multiplies", "Additions", "Parameters", "vs standard"};
        for (int i = 0; i < head.length; i++) {
            Label h = new Label(head[i]);
            h.getStyleClass().add(CostExplorerView.COLUMN_HEAD);
            results.add(h, i, 0);
        }
        int row = 1;
        row = variant(row, "Standard", c.standard(), c.standard());
        row = variant(row, "Depthwise-separable", c.separable(), c.standard());
        row = variant(row, "Spatial-separable", c.spatialSeparable(), c.standard());
        variant(row, "Low-rank (r = " + q.rank() + ")", c.lowRank(), c.standard());
        factorLine.setText("Separable ÷ standard = 1/F + 1/K² = " + c.reductionFormula()
                + "  →  " + org.convlab.engine.CostRatio.describe(c.reductionFactor(), 1, "multiplies")
                + (q.groups() != 1 ? String.format(Locale.US, "   (counted: %.4f; the standard conv is grouped)", c.measuredRatio()) : ""));
        marker.getData().setAll(new XYChart.Data<>(log2(q.filters()), c.reductionFactor()));
        marker.setName("this layer (F = " + q.filters() + ", K = " + q.kernelH() + "×" + q.kernelW() + ")");
        decorate(marker);
    }

    private static ColumnConstraints col(HPos pos) {
        ColumnConstraints c = new ColumnConstraints();
        c.setHalignment(pos);
        c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // numbers never shrink to "…"; the page scrolls instead
        return c;
    }

    private int variant(int row, String name, Cost c, Cost std) {
        Label n = new Label(name);
        n.getStyleClass().add(CostExplorerView.VARIANT);
        results.add(n, 0, row);
        results.add(number(grouped(c.multiplies())), 1, row);
        results.add(number(grouped(c.additions())), 2, row);
        results.add(number(grouped(c.parameters())), 3, row);
        results.add(number(String.format(Locale.US, "%.3f×", (double) c.multiplies() / std.multiplies())), 4, row);
        Label f = new Label(c.formula() + "  =  " + c.substituted() + "  =  " + grouped(c.multiplies()));
        f.getStyleClass().add(CostExplorerView.FORMULA);
        f.setWrapText(true);
        f.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        results.add(f, 0, row + 1, 5, 1);
        return row + 2;
    }

    private static Label number(String s) {
        Label l = new Label(s);
        l.getStyleClass().add(CostExplorerView.NUMBER);
        return l;
    }

    private LineChart<Number, Number> factorChart() {
        NumberAxis x = new NumberAxis("Filters F (log scale)", 0, 10, 1);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override public String toString(Number n) { return Integer.toString(1 << Math.max(0, n.intValue())); }
            @Override public Number fromString(String s) { return Math.log(Double.parseDouble(s)) / Math.log(2); }
        });
        NumberAxis y = new NumberAxis("1/F + 1/K²", 0, 1.2, 0.1);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override public String toString(Number n) { return String.format(Locale.US, "%.1f", n.doubleValue()); }
            @Override public Number fromString(String s) { return Double.parseDouble(s); }
        });
        LineChart<Number, Number> lc = new LineChart<>(x, y);
        lc.setTitle("Depthwise-separable cost as a fraction of standard");
        lc.setAnimated(false);
        lc.setMinHeight(260);
        lc.setId("cost-factor-chart");
        return lc;
    }

    /** The K = 3, 5, 7 curves arrive with the first result; add them once, before the marker. */
    private void ensureCurves(List<CostExplorerModel.Curve> curves) {
        if (!chart.getData().isEmpty()) return;
        for (CostExplorerModel.Curve c : curves) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName("K = " + c.kernel() + "  (→ 1/" + c.kernel() * c.kernel() + ")");
            for (double[] p : c.points()) s.getData().add(new XYChart.Data<>(log2((int) p[0]), p[1]));
            chart.getData().add(s);
            decorate(s);
        }
        chart.getData().add(marker);   // last, so it gets the fourth series colour (styled as a red dot)
    }

    private static double log2(int f) { return Math.log(f) / Math.log(2); }

    /** Hover: a tooltip with F and the factor on each point. */
    private static void decorate(XYChart.Series<Number, Number> s) {
        for (XYChart.Data<Number, Number> d : s.getData()) {
            Runnable install = () -> {
                Node n = d.getNode();
                if (n == null) return;
                int f = (int) Math.round(Math.pow(2, d.getXValue().doubleValue()));
                Tooltip t = new Tooltip(String.format(Locale.US, "%s%nF = %d:  %.4f  (%s)", s.getName(), f,
                        d.getYValue().doubleValue(), org.convlab.engine.CostRatio.describe(d.getYValue().doubleValue(), 1, null)));
                t.setShowDelay(Duration.millis(60));
                Tooltip.install(n, t);
                n.getStyleClass().add(CostExplorerView.CHART_POINT);
            };
            if (d.getNode() != null) install.run();
            else d.nodeProperty().addListener((o, a, b) -> install.run());
        }
    }

    private static Label heading(String s) {
        Label l = new Label(s);
        l.getStyleClass().add(CostExplorerView.HEADING);
        return l;
    }

    private static Label label(String s) {
        Label l = new Label(s);
        l.getStyleClass().add(CostExplorerView.FIELD_LABEL);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
