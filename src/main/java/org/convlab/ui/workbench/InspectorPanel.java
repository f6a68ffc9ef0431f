package org.convlab.ui.workbench;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Shows where the output value under the mouse came from: input patch ⊙ weights. */
public final class InspectorPanel {
    public static final String STYLE = "inspector";
    public static final String CELL = "grid-cell";
    public static final String NEG = "grid-neg";
    private static final int MAX_SHOWN = 5;

    private final VBox root = new VBox(6);
    private final Label head = new Label("Hover the output to see which inputs and weights made a value.");
    private final GridPane patch = new GridPane(), weights = new GridPane();
    private final Label note = new Label(), sum = new Label();
    private final javafx.scene.layout.FlowPane grids;

    public InspectorPanel() {
        Label title = new Label("Pixel inspector");
        title.getStyleClass().add(ImagePanel.TITLE);
        head.setWrapText(true);
        root.getStyleClass().add("inspector-box");
        head.setId("inspector-head");
        note.setWrapText(true);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        sum.setWrapText(true);
        for (GridPane g : new GridPane[] {patch, weights}) { g.setHgap(1); g.setVgap(1); }
        // the weights move under the patch when the panel is narrow; cells are never elided
        grids = new javafx.scene.layout.FlowPane(6, 6, box("input patch", patch), new Label("⊙"), box("weights", weights));
        grids.setVisible(false);
        root.getStyleClass().add(STYLE);
        root.setId("inspector");
        root.getChildren().addAll(title, head, grids, note, sum);
    }

    private static VBox box(String t, GridPane g) {
        Label l = new Label(t);
        l.getStyleClass().add(ImagePanel.CAPTION);
        return new VBox(2, l, g);
    }

    public void show(PixelExplainer.Explanation e) {
        if (e == null) {
            grids.setVisible(false);
            head.setText("Hover the output to see which inputs and weights made a value.");
            note.setText("");
            sum.setText("");
            return;
        }
        head.setText("output[" + e.filter() + ", y " + e.y() + ", x " + e.x() + "] = " + ImagePanel.fmt(e.value()));
        fill(patch, e.patch());
        fill(weights, e.weights());
        grids.setVisible(true);
        boolean cut = e.patch().length > MAX_SHOWN || e.patch()[0].length > MAX_SHOWN;
        note.setText(e.note() + (cut ? " (first " + MAX_SHOWN + "×" + MAX_SHOWN + " shown)" : ""));
        sum.setText("Σ input·weight over this channel = " + ImagePanel.fmt(e.partialSum()));
    }

    private static void fill(GridPane g, float[][] v) {
        g.getChildren().clear();
        for (int i = 0; i < Math.min(v.length, MAX_SHOWN); i++) {
            for (int j = 0; j < Math.min(v[i].length, MAX_SHOWN); j++) {
                Label l = new Label(cell(v[i][j]));
                l.getStyleClass().add(CELL);
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                if (v[i][j] < 0) l.getStyleClass().add(NEG);
                g.add(l, j, i);
            }
        }
    }

    /** A cell value in at most 5 characters ("0.23", "-1.5", "1e+03"), so a 5×5 grid fits the panel. */
    static String cell(float v) {
        if (v == 0) return "0";
        double a = Math.abs(v);
        if (a >= 999.5 || a < 0.005) return String.format(java.util.Locale.ROOT, "%.0e", v).replace("e+0", "e").replace("e-0", "e-");
        String s = String.format(java.util.Locale.ROOT, a >= 99.5 ? "%.0f" : a >= 9.95 ? "%.1f" : "%.2f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    public VBox getRoot() { return root; }
}
