package org.convlab.ui.workbench;

import java.util.Locale;
import java.util.function.Supplier;
import org.convlab.export.Caption;
import org.convlab.export.ExportNames;
import org.convlab.ui.export.ExportBar;

/**
 * Tells the main window's Export menu ({@link ExportBar}) about the workbench: it exports the
 * panels (not the side controls), the caption names the image, the method and its counted work,
 * and the file name is {@code workbench-<image>-<method>.png}.
 */
public final class WorkbenchExportHooks {
    private WorkbenchExportHooks() { }

    public static WorkbenchView attach(WorkbenchView view) {
        WorkbenchModel m = view.getModel();
        Supplier<String> method = () -> m.methodProperty().get() == null ? null : m.methodProperty().get().id();
        view.getRoot().getProperties().put(ExportBar.TARGET, (Supplier<javafx.scene.Node>) view::getSnapshotTarget);
        view.getRoot().getProperties().put(ExportBar.PANELS, (Supplier<java.util.Map<String, javafx.scene.Node>>) view::exportPanels);
        view.getRoot().getProperties().put(ExportBar.CAPTION, (Supplier<Caption>) () -> {
            WorkbenchModel.Outcome o = m.outcomeProperty().get();
            String counts = o == null ? null : String.format(Locale.ROOT, "%,d multiplies · %,d additions",
                    o.result().counts().multiplies(), o.result().counts().additions());
            return new Caption("Workbench", m.imageNameProperty().get(), method.get(), counts);
        });
        view.getRoot().getProperties().put(ExportBar.FILE_STEM, (Supplier<String>) () ->
                ExportNames.slug("workbench " + m.imageNameProperty().get() + " " + (method.get() == null ? "" : method.get())));
        return view;
    }
}
