package org.convlab.ui.kernel;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The live factorization of the kernel being edited: singular values as bars, "rank = r", for a
 * separable kernel its column and row with the check column × row = kernel, and the rank-r error table.
 */
public final class FactorizationPanel {
    public static final String STYLE_CLASS = "factorization-panel";
    public static final String RANK_STYLE_CLASS = "factorization-rank";
    public static final String CHECK_STYLE_CLASS = "factorization-check";
    public static final String TABLE_STYLE_CLASS = "factorization-table";
    public static final String HEADER_STYLE_CLASS = "factorization-header";

    private final VBox root = new VBox(8);
    private final BarChart<String, Number> chart;
    private final Label rank = new Label();
    private final KernelGrid column = new KernelGrid(false, 34, 44);
    private final KernelGrid row = new KernelGrid(false, 34, 44);
    private final Label check = new Label();
    private final HBox separable;
    private final Label integers = new Label();
    private final GridPane table = new GridPane();
    private final Label title = new Label("Factorization (SVD)");

    public FactorizationPanel() {
        root.getStyleClass().add(STYLE_CLASS);
        root.setPadding(new Insets(6, 0, 0, 0));
        title.getStyleClass().add(HEADER_STYLE_CLASS);
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel("singular value");
        chart = new BarChart<>(x, y);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(190);
        chart.setPrefWidth(420);
        chart.setMinHeight(150);
        chart.setCategoryGap(6);
        chart.setBarGap(0);
        rank.getStyleClass().add(RANK_STYLE_CLASS);
        check.getStyleClass().add(CHECK_STYLE_CLASS);
        Label times = new Label("×");
        Label equals = new Label("=");
        times.getStyleClass().add(RANK_STYLE_CLASS);
        equals.getStyleClass().add(RANK_STYLE_CLASS);
        separable = new HBox(8, column, times, row, equals, check);
        separable.setAlignment(Pos.CENTER_LEFT);
        table.getStyleClass().add(TABLE_STYLE_CLASS);
        table.setHgap(14);
        table.setVgap(2);
        integers.getStyleClass().add(CHECK_STYLE_CLASS);
        root.getChildren().addAll(title, chart, rank, separable, integers, table);
    }

    public VBox getRoot() { return root; }

    /** The theme's colours for the column and row grids. */
    public void applyLook(org.convlab.ui.core.Look look) {
        column.setPalette(look.palette());
        row.setPalette(look.palette());
    }

    /** Names what is factorized, e.g. "the 2D kernel" or "standard slice [f 2, c 1]". */
    public void setSubject(String subject) { title.setText("Factorization (SVD) of " + subject); }

    public void show(Factorization f) {
        double[] s = f.singularValues();
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (int i = 0; i < s.length; i++) series.getData().add(new XYChart.Data<>("σ" + (i + 1), s[i]));
        chart.getData().setAll(java.util.List.of(series));
        int kh = f.kernelHeight(), kw = f.kernelWidth();
        rank.setText("rank = " + f.rank() + (f.rank() == 1 ? "  (separable)" : f.rank() == 0 ? "  (all zeros)" : "  (not separable)"));
        separable.setVisible(f.separable());
        separable.setManaged(f.separable());
        if (f.separable()) {
            column.setData(toFloat(f.column()), kh, 1);
            row.setData(toFloat(f.row()), 1, kw);
            check.setText(f.exact() ? "kernel ✓" : "kernel ✗");
            check.setTooltip(new javafx.scene.control.Tooltip(String.format(Locale.ROOT, "max |column·row − kernel| = %.2e", f.maxAbsDifference())));
            check.setText(check.getText() + String.format(Locale.ROOT, "   (max |diff| %.1e)", f.maxAbsDifference()));
        }
        String ints = f.integerForm();
        integers.setText(ints == null ? "" : "= " + ints + "  (the same kernel in whole numbers)");
        integers.setVisible(ints != null);
        integers.setManaged(ints != null);
        table.getChildren().clear();
        table.addRow(0, head("r"), head("rel. error ‖K−K_r‖/‖K‖"), head("mults/pixel r·(kH+kW)"));
        double[] e = f.errors();
        for (int r = 1; r <= e.length; r++) {
            Label err = new Label(e[r - 1] < 1e-6 ? "0 (exact)" : String.format(Locale.ROOT, "%.2f %%", 100 * e[r - 1]));
            Label mul = new Label(f.separableMultiplies(r) + " vs " + kh * kw);
            if (r == f.rank()) { err.getStyleClass().add(RANK_STYLE_CLASS + "-row"); mul.getStyleClass().add(RANK_STYLE_CLASS + "-row"); }
            table.addRow(r, new Label(String.valueOf(r)), err, mul);
        }
    }

    private static Label head(String t) {
        Label l = new Label(t);
        l.getStyleClass().add(HEADER_STYLE_CLASS);
        return l;
    }

    private static float[] toFloat(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) f[i] = (float) d[i];
        return f;
    }
}
