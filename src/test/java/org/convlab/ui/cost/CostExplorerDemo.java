package org.convlab.ui.cost;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.convlab.ui.core.ComputeService;

/**
 * Opens the cost explorer alone, for screenshots of a chosen tab:
 * {@code java -cp target/classes:target/test-classes:target/lib/* org.convlab.ui.cost.CostExplorerDemo\$Main network}.
 */
public final class CostExplorerDemo extends Application {
    private ComputeService compute;
    private CostExplorerView view;

    @Override public void start(Stage stage) {
        compute = ComputeService.background();
        CostExplorerModel model = new CostExplorerModel(compute);
        view = new CostExplorerView(model);
        if (getParameters().getRaw().contains("network")) view.getTabs().getSelectionModel().select(1);
        if (getParameters().getRaw().contains("alpha")) { model.alphaProperty().set(0.5); model.resolutionProperty().set(160); }
        stage.setTitle("ConvLab cost explorer");
        stage.setScene(new Scene(view.getRoot(), 1400, 900));
        stage.show();
    }

    @Override public void stop() {
        view.dispose();
        compute.close();
    }

    /** Launches from the class path (the main class must not itself extend Application). */
    public static final class Main {
        public static void main(String[] args) { Application.launch(CostExplorerDemo.class, args); }
    }
}
