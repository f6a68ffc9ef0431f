package org.convlab.ui.kernel;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.convlab.engine.Weights;
import org.convlab.io.KernelFile;
import org.convlab.io.KernelFile.Kind;
import org.convlab.ui.kernel.KernelDesignerModel.Layer;

/**
 * Save and load for the kernel designer: file choosers that remember the last folder
 * (java.util.prefs), and error dialogs naming the file and the reason.
 *
 * <p>{@code .kernel} saves the 2D kernel plus every layer that differs from its default;
 * {@code .npy} saves the layer being edited. Loading a {@code .kernel} applies every block whose
 * shape fits the current channels and filters, as one undo step.
 */
final class KernelFileActions {
    private static final String LAST_FOLDER = "lastFolder";
    private final KernelDesignerModel model;
    private final Node owner;
    private final Preferences prefs = Preferences.userRoot().node("org/convlab/ui/kernel");

    KernelFileActions(KernelDesignerModel model, Node owner) {
        this.model = model;
        this.owner = owner;
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("ConvLab kernel (*.kernel)", "*.kernel"),
                new FileChooser.ExtensionFilter("NumPy array (*.npy)", "*.npy"));
        File last = new File(prefs.get(LAST_FOLDER, System.getProperty("user.home")));
        if (last.isDirectory()) fc.setInitialDirectory(last);
        return fc;
    }

    private Window window() { return owner.getScene() == null ? null : owner.getScene().getWindow(); }

    void save() {
        FileChooser fc = chooser("Save kernel");
        fc.setInitialFileName("kernel.kernel");
        File f = fc.showSaveDialog(window());
        if (f == null) return;
        Path p = f.toPath();
        if (!p.getFileName().toString().contains(".")) p = p.resolveSibling(p.getFileName() + ".kernel");
        try {
            save(p);
            prefs.put(LAST_FOLDER, p.toAbsolutePath().getParent().toString());
        } catch (IOException | IllegalArgumentException e) {
            error("Could not save " + p.getFileName(), e);
        }
    }

    /** Saves without a dialog (also for tests). */
    void save(Path p) throws IOException {
        Map<Kind, Weights> blocks;
        if (p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".npy")) {
            Layer l = model.layerProperty().get();
            blocks = new EnumMap<>(Kind.class);
            blocks.put(Kind.valueOf(l.name()), model.layerWeights(l));
        } else {
            blocks = model.designBlocks();
        }
        KernelFile.write(p, blocks);
    }

    void load() {
        File f = chooser("Open kernel").showOpenDialog(window());
        if (f == null) return;
        try {
            load(f.toPath());
            prefs.put(LAST_FOLDER, f.getAbsoluteFile().getParent());
        } catch (IOException | IllegalArgumentException e) {
            error("Could not open " + f.getName(), e);
        }
    }

    /** Loads without a dialog; errors leave the designer unchanged. */
    void load(Path p) throws IOException {
        Map<Kind, Weights> blocks = KernelFile.read(p);
        Map<Layer, Weights> layers = new EnumMap<>(Layer.class);
        blocks.forEach((k, w) -> layers.put(Layer.valueOf(k.name()), w));
        // An F×1×K×K .npy is read as depthwise; while editing the standard weights of a one-channel image it is those.
        if (blocks.size() == 1 && blocks.containsKey(Kind.DEPTHWISE) && model.layerProperty().get() == Layer.STANDARD
                && model.getState().channels() == 1) {
            layers.clear();
            layers.put(Layer.STANDARD, blocks.get(Kind.DEPTHWISE));
        }
        model.loadAll(layers, p.getFileName().toString());
    }

    private void error(String header, Exception e) {
        String msg = e instanceof java.nio.file.NoSuchFileException ? "no such file: " + e.getMessage()
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied: " + e.getMessage()
                : org.convlab.ui.core.UserMessages.of(e);
        Alert a = new Alert(Alert.AlertType.ERROR, msg);
        a.setHeaderText(header);
        if (window() != null) a.initOwner(window());
        a.show();
    }
}
