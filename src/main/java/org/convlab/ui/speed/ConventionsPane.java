package org.convlab.ui.speed;

import java.util.List;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.convlab.engine.perf.Conventions;
import org.convlab.ui.core.Quantity;
import org.convlab.ui.core.Reveal;

/**
 * The chosen layer's cost, the ways papers and counting tools report it, for both racers:
 * MACs (with and without padded taps), FLOPs with and without bias, and what ptflops, fvcore,
 * thop and {@code torch.utils.flop_counter} print. Sources: docs/COUNTING.md.
 */
final class ConventionsPane {
    private final SpeedModel model;
    private final GridPane grid = new GridPane();
    private final VBox root;

    ConventionsPane(SpeedModel model) {
        this.model = model;
        Label title = new Label("Counting conventions for this layer");
        title.getStyleClass().add("section-title");
        title.setStyle("-fx-font-weight: bold;");
        CheckBox bias = new CheckBox("with bias");
        bias.setId("speed-bias");
        bias.selectedProperty().bindBidirectional(model.biasProperty());
        grid.setHgap(12);
        grid.setVgap(2);
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setHgrow(Priority.SOMETIMES);
        ColumnConstraints num = new ColumnConstraints();
        num.setHalignment(HPos.RIGHT);
        ColumnConstraints num2 = new ColumnConstraints();
        num2.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().setAll(c0, new ColumnConstraints(), num, num2);
        Label foot = new Label("Rules and sources (each tool's code, cited): docs/COUNTING.md. Hover a row for its rule.");
        foot.setWrapText(true);
        foot.getStyleClass().add("muted");
        root = new VBox(6, new javafx.scene.layout.HBox(16, title, bias), grid, foot);
        root.setPadding(new Insets(8, 12, 8, 12));
        root.setId("speed-conventions");
        model.biasProperty().addListener(o -> refresh());
        javafx.collections.SetChangeListener<Quantity> onReveal = c -> refresh();
        model.revealProperty().addListener((o, was, is) -> {
            if (was != null) was.hidden().removeListener(onReveal);
            if (is != null) is.hidden().addListener(onReveal);
            refresh();
        });
        model.revealProperty().get().hidden().addListener(onReveal);
        model.layerProperty().addListener(o -> refresh());
        refresh();
    }

    VBox node() { return root; }

    private void refresh() {
        Conventions.Report[] r = model.conventions();
        String[] names = model.racerNames();
        Reveal rv = model.revealProperty().get();
        grid.getChildren().clear();
        grid.addRow(0, head("convention"), head("unit"), head(names[0]), head(names[1]));
        List<Conventions.Row> a = r[0].rows(), b = r[1].rows();
        for (int i = 0; i < a.size(); i++) {
            Conventions.Row row = a.get(i);
            Label src = new Label(row.source());
            Tooltip.install(src, new Tooltip(row.rule()));
            grid.addRow(i + 1, src, new Label(row.unit()), new Label(rv.show(Quantity.MULTIPLIES, count(row.value()))),
                    new Label(rv.show(Quantity.MULTIPLIES, count(b.get(i).value()))));
        }
        int n = a.size() + 1;
        grid.addRow(n, head("ratio (MACs)"), new Label(""), new Label(""),
                new Label(rv.show(Quantity.RATIO, String.format(Locale.ROOT, "%.2f× fewer", (double) r[0].macs() / r[1].macs()))));
    }

    private static Label head(String s) {
        Label l = new Label(s);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    static String count(long v) { return String.format(Locale.ROOT, "%,d", v); }
}
