package org.convlab.ui.workbench;

import javafx.beans.property.IntegerProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.convlab.engine.Method;

/** Rank, stride, padding, dilation and filters, bound to the model. */
public final class ParameterPanel {
    private final VBox root = new VBox(6);
    private final Spinner<Integer> rank = spinner(1, 15, "Rank r of the low-rank approximation (sum of r separable pairs)");
    private final Spinner<Integer> stride = spinner(1, 8, "Stride: step of the kernel over the input (same padding needs stride 1)");
    private final Spinner<Integer> dilation = spinner(1, 8, "Dilation: gaps between kernel taps");
    private final Spinner<Integer> padAmount = spinner(0, 16, "Zero padding on every side");
    private final Spinner<Integer> filters = spinner(0, 16, "Filters F (output channels) of the channel-mixing methods; \"= C\": as many as input channels");
    private final Spinner<Integer> channels = spinner(0, 16, "Input channels C: \"image\" keeps the image's own (1 grey, 3 colour); more repeat its channels in turn (R, G, B, R, …)");
    private final ComboBox<WorkbenchModel.PaddingMode> padMode = new ComboBox<>();

    public ParameterPanel(WorkbenchModel m) {
        Label title = new Label("Parameters");
        title.getStyleClass().add(ImagePanel.TITLE);
        bind(rank, m.rankProperty());
        bind(stride, m.strideProperty());
        bind(dilation, m.dilationProperty());
        bind(padAmount, m.paddingAmountProperty());
        bind(filters, m.filtersProperty());
        bind(channels, m.channelsProperty());
        // 0 is "as many as the input's channels" / "as the image": say so instead of showing 0
        filters.getValueFactory().setConverter(zeroAs("= C"));
        channels.getValueFactory().setConverter(zeroAs("image"));
        filters.getEditor().setText(filters.getValueFactory().getConverter().toString(filters.getValue()));
        channels.getEditor().setText(channels.getValueFactory().getConverter().toString(channels.getValue()));
        channels.setId("channels");
        channels.setStyle("-fx-pref-width: 7em;"); // "image" and the arrows, at any zoom
        rank.setId("rank");
        stride.setId("stride");
        filters.setId("filters");
        padMode.getItems().setAll(WorkbenchModel.PaddingMode.values());
        padMode.setValue(m.paddingModeProperty().get());
        padMode.valueProperty().bindBidirectional(m.paddingModeProperty());
        padMode.setTooltip(new Tooltip("same: output as large as the input; valid: no padding; explicit: the amount on the right"));
        padAmount.disableProperty().bind(m.paddingModeProperty().isNotEqualTo(WorkbenchModel.PaddingMode.EXPLICIT));
        rank.disableProperty().bind(m.methodProperty().isNotEqualTo(Method.LOW_RANK));
        filters.disableProperty().bind(m.methodProperty().isEqualTo(Method.DEPTHWISE));
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, label("Rank r"), rank);
        g.addRow(1, label("Stride"), stride);
        g.addRow(2, label("Padding"), padMode, padAmount);
        g.addRow(3, label("Dilation"), dilation);
        g.addRow(4, label("Channels C"), channels);
        g.addRow(5, label("Filters F"), filters);
        // groups of the grouped method: the divisors of the input's channel count
        javafx.scene.control.ComboBox<Integer> groups = new javafx.scene.control.ComboBox<>();
        groups.setId("groups");
        groups.setTooltip(new Tooltip("Groups G (grouped, key 7): the divisors of C (F must be divisible too);"
                + " G = 1 is standard, G = C is depthwise"));
        Runnable divisors = () -> {
            if (m.inputProperty().get() == null) return; // no channel count yet: keep G as it is
            java.util.List<Integer> d = org.convlab.engine.ConvSpec.groupCounts(m.inputProperty().get().channels());
            groups.getItems().setAll(d);
            groups.setValue(d.contains(m.groupsProperty().get()) ? m.groupsProperty().get() : 1);
        };
        groups.setValue(m.groupsProperty().get());
        divisors.run();
        m.inputProperty().addListener((o, a, b) -> divisors.run());
        groups.valueProperty().addListener((o, a, b) -> { if (b != null) m.groupsProperty().set(b); });
        m.groupsProperty().addListener((o, a, b) -> groups.setValue(b.intValue()));
        groups.disableProperty().bind(m.methodProperty().isNotEqualTo(Method.GROUPED));
        g.addRow(6, label("Groups G"), groups);
        root.getChildren().addAll(title, g);
    }

    /** Whole numbers, with 0 shown (and typed) as {@code zero}. */
    private static javafx.util.StringConverter<Integer> zeroAs(String zero) {
        return new javafx.util.StringConverter<>() {
            @Override public String toString(Integer v) { return v == null ? "" : v == 0 ? zero : v.toString(); }
            @Override public Integer fromString(String t) {
                String s = t == null ? "" : t.trim();
                if (s.isEmpty() || s.equals(zero)) return 0;
                try { return Math.max(0, Integer.parseInt(s)); } catch (NumberFormatException e) { return 0; }
            }
        };
    }

    private static Label label(String t) {
        Label l = new Label(t);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Spinner<Integer> spinner(int lo, int hi, String tip) {
        Spinner<Integer> s = new Spinner<>(lo, hi, lo);
        s.setEditable(true);
        s.setPrefWidth(80);
        s.getStyleClass().add("small-spinner");
        s.setTooltip(new Tooltip(tip));
        return s;
    }

    private static void bind(Spinner<Integer> s, IntegerProperty p) {
        s.getValueFactory().setValue(p.get());
        s.getValueFactory().valueProperty().addListener((o, a, b) -> { if (b != null) p.set(b); });
        p.addListener((o, a, b) -> s.getValueFactory().setValue(b.intValue()));
    }

    public VBox getRoot() { return root; }
}
