package org.convlab.ui.workbench;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.convlab.engine.KernelBank;
import org.convlab.engine.KernelPresets;
import org.convlab.engine.ShapeException;

/**
 * TEMPORARY kernel chooser (a preset and a size) until the kernel designer
 * ({@code org.convlab.ui.kernel}) replaces it through {@link WorkbenchView#useKernelDesigner}.
 * Shows the kernel's numbers so the lesson never hides them.
 */
public final class KernelChooser {
    public static final String STYLE = "kernel-chooser";
    private final VBox root = new VBox(6);
    private final ComboBox<String> preset = new ComboBox<>();
    private final Spinner<Integer> size = new Spinner<>(1, 15, 3);
    private final GridPane grid = new GridPane();
    private final Label message = new Label();
    private final ObjectProperty<KernelBank> bank;

    public KernelChooser(ObjectProperty<KernelBank> bank, String presetId, int k) {
        this.bank = bank;
        Label title = new Label("Kernel");
        title.getStyleClass().add(ImagePanel.TITLE);
        preset.getItems().setAll(KernelPresets.IDS);
        preset.setId("kernel-preset");
        preset.setValue(KernelPresets.IDS.contains(presetId) ? presetId : "sobel-x");
        preset.setTooltip(new Tooltip("Kernel preset (3×3-only presets ignore the size)"));
        size.getValueFactory().setValue(Math.max(1, Math.min(15, k)));
        size.setPrefWidth(80);
        size.setEditable(true);
        size.setTooltip(new Tooltip("Kernel size K×K"));
        grid.setHgap(2);
        grid.setVgap(2);
        message.setWrapText(true);
        message.getStyleClass().add(ImagePanel.CAPTION);
        root.getStyleClass().add(STYLE);
        Label sizeLabel = new Label("Size K×K");
        root.getChildren().addAll(title, preset, new HBox(6, sizeLabel, size), grid, message);
        ((HBox) size.getParent()).setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        preset.valueProperty().addListener((o, a, b) -> apply());
        size.valueProperty().addListener((o, a, b) -> apply());
        apply();
    }

    private void apply() {
        String id = preset.getValue();
        int k = KernelPresets.isFixedSize(id) ? 3 : size.getValue();
        message.setText(KernelPresets.isFixedSize(id) && size.getValue() != 3 ? id + " exists only as 3×3" : "");
        try {
            float[] v = KernelPresets.create(id, k, k, id.startsWith("random") ? 7 : 0);
            KernelBank b = bank.get();
            int c = b == null ? 1 : b.channels(), f = b == null ? 1 : b.filters();
            if (!bank.isBound()) bank.set(KernelBank.of(v, k, k, c, f));
            showGrid(v, k);
        } catch (ShapeException e) {
            message.setText(e.getMessage());
        }
    }

    private void showGrid(float[] v, int k) {
        grid.getChildren().clear();
        int shown = Math.min(k, 5);
        for (int y = 0; y < shown; y++) {
            for (int x = 0; x < shown; x++) {
                float w = v[y * k + x];
                Label l = new Label(ImagePanel.fmt(w));
                l.getStyleClass().add(InspectorPanel.CELL);
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                if (w < 0) l.getStyleClass().add(InspectorPanel.NEG);
                grid.add(l, x, y);
            }
        }
        if (k > shown) message.setText(message.getText() + " (showing 5×5 of " + k + "×" + k + ")");
    }

    public String presetId() { return preset.getValue(); }
    public int size() { return size.getValue(); }
    public ComboBox<String> presetBox() { return preset; }
    public VBox getRoot() { return root; }
}
