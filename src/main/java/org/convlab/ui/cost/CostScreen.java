package org.convlab.ui.cost;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.convlab.ui.core.ExportInfo;
import org.convlab.ui.core.KeyBinding;
import org.convlab.ui.core.Screen;

/** The cost explorer behind the {@link Screen} contract: exports the section shown (one layer or the network). */
public final class CostScreen implements Screen {
    public static final String ID = "cost";

    private final CostExplorerView view;

    public CostScreen(CostExplorerView view) { this.view = view; }

    @Override public String id() { return ID; }
    @Override public String title() { return "Cost explorer"; }
    @Override public Parent root() { return view.getRoot(); }
    @Override public Node snapshotTarget() { return view.getSnapshotTarget(); }

    @Override public ExportInfo exportInfo() {
        String section = view.getTabs().getSelectionModel().getSelectedItem() == null ? ""
                : view.getTabs().getSelectionModel().getSelectedItem().getText();
        ExportInfo base = ExportInfo.of("Cost explorer " + section);
        return new ExportInfo(base.fileStem(), "Cost explorer", section, null, null);
    }

    @Override public List<KeyBinding> keys() {
        return List.of(KeyBinding.info("Tab / Shift+Tab", "Move between the fields; numbers update as you type"));
    }

    @Override public void dispose() { view.dispose(); }

    public CostExplorerView view() { return view; }
}
