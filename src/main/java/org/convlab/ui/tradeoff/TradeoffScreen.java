package org.convlab.ui.tradeoff;

import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.convlab.ui.core.ComputeService;
import org.convlab.ui.core.ExportInfo;
import org.convlab.ui.core.KeyBinding;
import org.convlab.ui.core.Look;
import org.convlab.ui.core.Screen;

/** The Trade-off screen: what rank costs in accuracy, on trained networks, measured by the engine. */
public final class TradeoffScreen implements Screen {
    private final TradeoffModel model;
    private final TradeoffView view;
    private boolean started;

    public TradeoffScreen(ComputeService compute) {
        model = new TradeoffModel(compute);
        view = new TradeoffView(model);
    }

    public TradeoffModel model() { return model; }

    public TradeoffView view() { return view; }

    @Override public String id() { return "tradeoff"; }

    @Override public String title() { return "Trade-off"; }

    @Override public Parent root() { return view.getRoot(); }

    @Override public Map<String, Node> panels() {
        return Map.of("Filters", view.tiles.node(), "Spectra", view.spectrum.node(), "Chart", view.chart.node(),
                "Paper", view.paper.node());
    }

    @Override public ExportInfo exportInfo() {
        TradeoffPoint c = model.currentProperty().get();
        String counts = c == null ? "" : String.format(java.util.Locale.ROOT, "%s rank %d: %,d multiplies/image, accuracy %.1f%%",
                c.scheme(), c.rank(), c.multiplies(), 100 * c.accuracy());
        return new ExportInfo("tradeoff", "", model.layerNameProperty().get() == null ? "" : model.layerNameProperty().get(),
                model.schemeProperty().get(), counts);
    }

    @Override public List<KeyBinding> keys() {
        return List.of(
                KeyBinding.of("Shortcut+Right", "Rank + 1", () -> model.setRank(model.rankProperty().get() + 1)),
                KeyBinding.of("Shortcut+Left", "Rank − 1", () -> model.setRank(model.rankProperty().get() - 1)),
                KeyBinding.of("Esc", "Cancel the measurement", model::cancel));
    }

    @Override public void applyLook(Look look) { view.applyLook(look); }

    /** Loads the first model the first time the tab is shown (nothing runs before). */
    @Override public void shown() {
        if (!started && !model.modelNames().isEmpty()) {
            started = true;
            model.selectModel(model.modelNames().get(0));
        }
    }

    @Override public void dispose() { model.dispose(); }
}
