package org.convlab.ui.kernel;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableObjectValue;
import org.convlab.engine.Tensor;
import org.convlab.engine.Weights;
import org.convlab.io.KernelFile;
import org.convlab.ui.kernel.KernelDesignerModel.Layer;

/**
 * Connects the kernel designer to the image it will be applied to (channels C from the image,
 * filters F from the workbench, 0 meaning F = C) and keeps the design across restarts as the
 * text of a {@code .kernel} file (see docs/KERNEL_FORMAT.md).
 */
public final class KernelDesignerLink {
    private KernelDesignerLink() { }

    public static void bind(KernelDesignerModel designer, ObservableObjectValue<Tensor> input, ObservableIntegerValue filters) {
        IntegerBinding c = Bindings.createIntegerBinding(() -> input.get() == null ? 1 : input.get().channels(), input);
        designer.channelsProperty().bind(c);
        designer.filtersProperty().bind(Bindings.createIntegerBinding(
                () -> filters.get() > 0 ? filters.get() : c.get(), filters, c));
    }

    /** The design as {@code .kernel} text, for the settings file. */
    public static String capture(KernelDesignerModel designer) {
        return KernelFile.format(designer.designBlocks());
    }

    /**
     * Restores a captured design; custom layers that no longer fit the image are dropped and the
     * 2D kernel is kept. Returns false (changing nothing) when the text is unusable.
     */
    public static boolean restore(KernelDesignerModel designer, String text) {
        if (text == null || text.isBlank()) return false;
        Map<Layer, Weights> layers = new EnumMap<>(Layer.class);
        try {
            KernelFile.parse(text, "autosaved kernel").forEach((k, w) -> layers.put(Layer.valueOf(k.name()), w));
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (!layers.containsKey(Layer.KERNEL)) return false;
        try {
            designer.loadAll(layers, "the autosaved kernel");
        } catch (IllegalArgumentException e) {
            designer.loadAll(Map.of(Layer.KERNEL, layers.get(Layer.KERNEL)), "the autosaved kernel");
        }
        return true;
    }
}
