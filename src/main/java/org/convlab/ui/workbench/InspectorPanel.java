package org.convlab.ui.workbench;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
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
    private final HBox grids;

    public InspectorPanel() {
        Label title = new Label("Pixel inspector");
        title.getStyleClass().add(ImagePanel.TITLE);
        head.setWrapText(true);
        root.getStyleClass().add("inspector-box");
        head.setId("inspector-head");
        note.setWrapText(true);
        sum.setWrapText(true);
        for (GridPane g : new GridPane[] {patch, weights}) { g.setHgap(2); g.setVgap(2); }
        grids = new HBox(10, box("input patch", patch), new Label("⊙"), box("weights", weights));
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
                Label l = new Label(ImagePanel.fmt(v[i][j]));
                l.getStyleClass().add(CELL);
                if (v[i][j] < 0) l.getStyleClass().add(NEG);
                g.add(l, j, i);
            }
        }
    }

    public VBox getRoot() { return root; }
}
