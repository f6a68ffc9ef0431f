package org.convlab.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import org.convlab.engine.Method;
import org.convlab.io.DisplayMapping;
import org.convlab.io.ImageDecoder;
import org.convlab.ui.core.ComputeService;
import org.convlab.ui.workbench.KernelChooser;
import org.convlab.ui.workbench.Samples;
import org.convlab.ui.workbench.WorkbenchModel;

/**
 * Copies the workbench's state to and from {@link Settings}, so work survives a restart or a
 * crash. A pasted image is kept as {@code autosave.png} under the ConvLab home folder.
 */
public final class WorkbenchPersistence {
    public static final String PASTED = "pasted";

    private WorkbenchPersistence() { }

    public static Path pastedFile() { return Settings.home().resolve("autosave.png"); }

    /** Settings → model; starts loading the remembered image. Returns false when there was none. */
    public static boolean restore(WorkbenchModel m, Settings s) {
        try { m.methodProperty().set(Method.parse(s.method)); } catch (RuntimeException e) { m.methodProperty().set(Method.STANDARD); }
        m.rankProperty().set(clamp(s.rank, 1, 15));
        m.strideProperty().set(clamp(s.stride, 1, 8));
        m.dilationProperty().set(clamp(s.dilation, 1, 8));
        m.filtersProperty().set(clamp(s.filters, 0, 16));
        m.channelsProperty().set(clamp(s.channels, 0, 16));
        m.groupsProperty().set(clamp(s.groups, 1, 16));
        m.paddingAmountProperty().set(clamp(s.paddingAmount, 0, 16));
        try { m.paddingModeProperty().set(WorkbenchModel.PaddingMode.valueOf(s.paddingMode.toUpperCase(java.util.Locale.ROOT))); }
        catch (RuntimeException e) { m.paddingModeProperty().set(WorkbenchModel.PaddingMode.SAME); }
        try { m.displayModeProperty().set(DisplayMapping.Mode.valueOf(s.displayMode)); }
        catch (RuntimeException e) { m.displayModeProperty().set(DisplayMapping.Mode.AUTO); }
        m.viewChannelProperty().set(Math.max(-1, s.viewChannel));
        m.grayscaleProperty().set(s.grayscale);
        m.getRecentFiles().setAll(s.recentFiles);
        String src = s.imageSource;
        if (src == null || src.isBlank()) return false;
        if (src.startsWith("sample:")) {
            try { m.loadSample(Samples.byId(src.substring(7))); return true; } catch (IllegalArgumentException e) { return false; }
        }
        if (src.startsWith("file:")) {
            m.loadFile(Path.of(src.substring(5)));
            return true;
        }
        if (src.equals(PASTED) && Files.isRegularFile(pastedFile())) {
            m.restorePasted(pastedFile());
            return true;
        }
        return false;
    }

    /** Model → settings (call on the FX thread). */
    public static void capture(WorkbenchModel m, KernelChooser chooser, Settings s) {
        s.method = m.methodProperty().get().id();
        s.rank = m.rankProperty().get();
        s.stride = m.strideProperty().get();
        s.dilation = m.dilationProperty().get();
        s.filters = m.filtersProperty().get();
        s.channels = m.channelsProperty().get();
        s.groups = m.groupsProperty().get();
        s.paddingAmount = m.paddingAmountProperty().get();
        s.paddingMode = m.paddingModeProperty().get().name().toLowerCase(java.util.Locale.ROOT);
        s.displayMode = m.displayModeProperty().get().name();
        s.viewChannel = m.viewChannelProperty().get();
        s.grayscale = m.grayscaleProperty().get();
        s.recentFiles = new java.util.ArrayList<>(m.getRecentFiles());
        String src = m.imageSourceProperty().get();
        if (src != null && !src.isBlank()) s.imageSource = src;
        if (chooser != null) {
            s.kernelPreset = chooser.presetId();
            s.kernelSize = chooser.size();
        }
    }

    /** Keeps a pasted image on disk (off the FX thread) so it comes back after a restart. */
    public static void keepPasted(WorkbenchModel m, ComputeService compute) {
        if (!PASTED.equals(m.imageSourceProperty().get()) || m.sourceProperty().get() == null) return;
        var t = m.sourceProperty().get();
        compute.writeLatest("autosave-pasted", () -> {
            Files.createDirectories(Settings.home());
            ImageDecoder.writePng(t, pastedFile());
            return null;
        }, e -> m.notify("Autosave failed", "Could not keep the pasted image: " + e.getMessage()));
    }

    /**
     * Startup properties for demonstrations and snapshots, applied after {@link #restore}:
     * {@code -Dconvlab.workbench.method=grouped}, {@code .groups=2}, {@code .channels=4},
     * {@code .filters=4}, {@code .sample=rgb-blocks}. Unknown values are ignored.
     */
    public static void applyStartupProperties(WorkbenchModel m) {
        String method = System.getProperty("convlab.workbench.method");
        if (method != null) {
            try { m.methodProperty().set(Method.parse(method)); } catch (RuntimeException ignored) { /* keep the restored one */ }
        }
        Integer c = Integer.getInteger("convlab.workbench.channels"), f = Integer.getInteger("convlab.workbench.filters");
        Integer g = Integer.getInteger("convlab.workbench.groups");
        if (c != null) m.channelsProperty().set(clamp(c, 0, 16));
        if (f != null) m.filtersProperty().set(clamp(f, 0, 16));
        if (g != null) m.groupsProperty().set(clamp(g, 1, 16));
        String sample = System.getProperty("convlab.workbench.sample");
        if (sample != null) {
            try { m.loadSample(Samples.byId(sample)); } catch (IllegalArgumentException ignored) { /* keep the restored image */ }
        }
    }

    private static int clamp(int v, int lo, int hi) { return Math.max(lo, Math.min(hi, v)); }
}
