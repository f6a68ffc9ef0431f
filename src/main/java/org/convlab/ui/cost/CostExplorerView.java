package org.convlab.ui.cost;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

/**
 * The cost explorer screen, code only: a "One layer" calculator and a "Whole network" view,
 * each in its own tab so both fit a projector at 1400×900.
 */
public final class CostExplorerView {
    public static final String ROOT = "cost-explorer";
    public static final String SECTION = "cost-section";
    public static final String FORM = "cost-form";
    public static final String HEADING = "cost-heading";
    public static final String SUBHEADING = "cost-subheading";
    public static final String FIELD_LABEL = "cost-field-label";
    public static final String RESULTS = "cost-results";
    public static final String COLUMN_HEAD = "cost-column-head";
    public static final String VARIANT = "cost-variant";
    public static final String NUMBER = "cost-number";
    public static final String FORMULA = "cost-formula";
    public static final String FACTOR = "cost-factor";
    public static final String ERROR = "cost-error";
    public static final String SOURCE = "cost-source";
    public static final String CARD = "cost-card";
    public static final String CARD_HEAD = "cost-card-head";
    public static final String CARD_VALUE = "cost-card-value";
    public static final String SHARE_NUMBER = "cost-share-number";
    public static final String CHART_POINT = "cost-chart-point";

    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final LayerCalculatorPane layer;
    private final NetworkPane network;

    public CostExplorerView(CostExplorerModel model) {
        root.getStyleClass().add(ROOT);
        root.getStylesheets().add(CostExplorerView.class.getResource("cost.css").toExternalForm());
        layer = new LayerCalculatorPane(model);
        network = new NetworkPane(model, () -> root.getScene() == null ? null : root.getScene().getWindow());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab one = new Tab("One layer", scroll(layer.getRoot()));
        one.setId("cost-tab-layer");
        Tab net = new Tab("Whole network", scroll(network.getRoot()));
        net.setId("cost-tab-network");
        tabs.getTabs().addAll(one, net);
        root.setCenter(tabs);
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.setFitToHeight(true);
        return s;
    }

    public Parent getRoot() { return root; }

    /** The visible section, for screenshots. */
    public Node getSnapshotTarget() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return t == null ? root : ((ScrollPane) t.getContent()).getContent();
    }

    public TabPane getTabs() { return tabs; }

    public void dispose() {
        layer.dispose();
        network.dispose();
    }
}
