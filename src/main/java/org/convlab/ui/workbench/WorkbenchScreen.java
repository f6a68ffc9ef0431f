package org.convlab.ui.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.convlab.engine.Method;
import org.convlab.export.ExportNames;
import org.convlab.ui.core.ExportInfo;
import org.convlab.ui.core.KeyBinding;
import org.convlab.ui.core.Screen;

/**
 * The Workbench behind the {@link Screen} contract: exports its panels (not the side controls),
 * captions them with the image, the method and its counted work, and names the file
 * {@code workbench-<image>-<method>.png}; its keys open, paste, show the gallery and pick a method.
 */
public final class WorkbenchScreen implements Screen {
    public static final String ID = "workbench";

    private final WorkbenchModel model;
    private final WorkbenchView view;
    private final List<KeyBinding> keys = new ArrayList<>();

    public WorkbenchScreen(WorkbenchModel model, WorkbenchView view) {
        this.model = model;
        this.view = view;
        keys.add(KeyBinding.of("Shortcut+O", "Open an image (PNG, JPEG, BMP, GIF)", () -> view.actions().openDialog()));
        keys.add(KeyBinding.of("Shortcut+V", "Paste an image from the clipboard", () -> view.actions().paste()));
        keys.add(KeyBinding.of("G", "Sample gallery", () -> view.showGallery(!view.isGalleryShown())));
        keys.add(KeyBinding.of("Esc", "Close the gallery", () -> view.showGallery(false)));
        for (int i = 0; i < Method.values().length; i++) {
            Method m = Method.values()[i];
            keys.add(KeyBinding.of(Integer.toString(i + 1), "Method: " + WorkbenchView.METHOD_NAMES.get(i), () -> model.methodProperty().set(m)));
        }
        keys.add(KeyBinding.info("Drop a file", "Open it"));
        keys.add(KeyBinding.info("Hover output", "See the input patch and weights behind a value"));
        keys.add(KeyBinding.info("Arrows / Tab", "Kernel grid: select a cell"));
        keys.add(KeyBinding.info("Digits / Enter / Delete", "Kernel grid: type, edit or clear the selected cell"));
        keys.add(KeyBinding.info("Wheel on the selected cell", "Kernel grid: nudge it by 0.1 (Shift: 0.01)"));
        keys.add(KeyBinding.info("Ctrl+Z / Ctrl+Y", "Kernel: undo / redo"));
    }

    @Override public String id() { return ID; }
    @Override public String title() { return "Workbench"; }
    @Override public Parent root() { return view.getRoot(); }
    @Override public Node snapshotTarget() { return view.getSnapshotTarget(); }
    @Override public Map<String, Node> panels() { return view.exportPanels(); }
    @Override public List<KeyBinding> keys() { return List.copyOf(keys); }

    @Override public ExportInfo exportInfo() {
        String method = model.methodProperty().get() == null ? null : model.methodProperty().get().id();
        WorkbenchModel.Outcome o = model.outcomeProperty().get();
        String counts = o == null ? null : String.format(Locale.ROOT, "%,d multiplies · %,d additions",
                o.result().counts().multiplies(), o.result().counts().additions());
        return new ExportInfo(ExportNames.slug("workbench " + model.imageNameProperty().get() + " " + (method == null ? "" : method)),
                "Workbench", model.imageNameProperty().get(), method, counts);
    }

    @Override public void applyLook(org.convlab.ui.core.Look look) { view.applyLook(look); }

    @Override public void shown() { view.getSnapshotTarget().requestFocus(); }

    @Override public void dispose() { view.dispose(); }

    public WorkbenchModel model() { return model; }
    public WorkbenchView view() { return view; }
}
