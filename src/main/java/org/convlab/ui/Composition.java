package org.convlab.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.convlab.engine.KernelBank;
import org.convlab.lesson.LessonProgress;
import org.convlab.ui.animation.AnimationView;
import org.convlab.ui.core.ComputeService;
import org.convlab.ui.cost.CostExplorerModel;
import org.convlab.ui.cost.CostExplorerView;
import org.convlab.ui.cost.CostScreen;
import org.convlab.ui.kernel.KernelDesignerLink;
import org.convlab.ui.kernel.KernelDesignerModel;
import org.convlab.ui.kernel.KernelDesignerView;
import org.convlab.ui.lesson.LessonView;
import org.convlab.ui.lesson.LessonsScreen;
import org.convlab.ui.workbench.Samples;
import org.convlab.ui.workbench.WorkbenchModel;
import org.convlab.ui.workbench.WorkbenchScreen;
import org.convlab.ui.workbench.WorkbenchView;

/**
 * The one composition root: creates every model, view and screen, connects models to each other
 * (never screen to screen) and hands the screens to the {@link MainWindow}. The app, the headless
 * {@code snapshot} command and the UI tests all build the window here. It also hands the
 * {@link ComputeService}'s pools to the engine's parallel loops and the formula checker, so
 * every thread of the app is started by that one service.
 */
public final class Composition {
    /** The window and what tests and the app need to reach. */
    public record App(MainWindow window, WorkbenchModel workbench, WorkbenchView workbenchView, KernelDesignerModel designer,
                      AnimationView animation, LessonView lessons, CostExplorerView cost) { }

    private Composition() { }

    /**
     * Builds the window with every screen, the Lessons tab showing the built-in course and the
     * user's lessons folder. {@code persistent = false} keeps everything in memory: no settings
     * written, lesson progress in a temporary file, the gallery not offered.
     */
    public static App build(ComputeService compute, Settings settings, boolean persistent) {
        return build(compute, settings, persistent, null, true);
    }

    /** Like {@link #build(ComputeService, Settings, boolean)} with the lessons read from {@code lessons} only (null: none). */
    public static App build(ComputeService compute, Settings settings, boolean persistent, Path lessons) {
        return build(compute, settings, persistent, lessons, false);
    }

    private static App build(ComputeService compute, Settings settings, boolean persistent, Path lessons, boolean library) {
        if (!persistent) settings.galleryShown = true;
        // the engine's parallel loops and the formula checker run on the service's threads (null: their own defaults)
        org.convlab.engine.Parallel.usePool(compute.engineThreads());
        org.convlab.lesson.Formulas.useExecutor(compute.formulaThreads());
        MainWindow window = new MainWindow(compute, settings, persistent);

        // predict, then reveal: one shared state; the lesson player fills it, every screen honours it
        org.convlab.ui.core.Reveal reveal = new org.convlab.ui.core.Reveal();
        ObjectProperty<KernelBank> bank = new SimpleObjectProperty<>(window, "bank");
        WorkbenchModel workbench = new WorkbenchModel(compute, bank);
        WorkbenchView workbenchView = new WorkbenchView(workbench, settings.kernelPreset, settings.kernelSize);
        KernelDesignerModel designer = designer(workbench, settings);
        KernelDesignerView designerView = new KernelDesignerView(designer);
        workbenchView.useKernelDesigner(designerView.getRoot(), designer.bankProperty(), designerView::applyLook);
        workbench.requestedKernelsProperty().addListener((o, a, k) -> { if (k != null) loadKernels(designer, k); });
        workbenchView.useReveal(reveal);
        window.addScreen(new WorkbenchScreen(workbench, workbenchView));
        workbenchView.actions().acceptDrops(window.getRoot());
        workbenchView.statusProperty().addListener((o, a, s) -> window.status(s));
        workbench.busyProperty().addListener((o, a, busy) -> window.setBusy(busy));
        workbench.noticeProperty().addListener((o, a, n) -> { if (n != null) window.showNotice(n.title(), n.text()); });

        AnimationView animation = new AnimationView(compute);
        org.convlab.ui.animation.AnimationScreen animationScreen = new org.convlab.ui.animation.AnimationScreen(animation);
        animationScreen.setReveal(reveal);
        window.addScreen(animationScreen);

        LessonView player = new LessonView(compute, persistent ? LessonProgress.inHome() : new LessonProgress(tempProgress()),
                lessons, reveal);
        if (library) player.getModel().openLibrary(LessonView.defaultFolders());
        window.addScreen(new LessonsScreen(player));
        LessonRouting.install(player, workbench, animation.getModel(), compute, window::select,
                (title, text) -> workbench.notify(title, text));

        CostExplorerView cost = new CostExplorerView(new CostExplorerModel(compute));
        window.addScreen(new CostScreen(cost));

        org.convlab.ui.speed.SpeedScreen speed = new org.convlab.ui.speed.SpeedScreen(compute);
        speed.setReveal(reveal);
        window.addScreen(speed);
        SpeedRouting.install(player, window::select, speed);

        window.addScreen(new org.convlab.ui.tradeoff.TradeoffScreen(compute));

        restoreWorkbench(window, workbench, workbenchView, settings, compute, persistent);
        window.onCapture(s -> {
            WorkbenchPersistence.capture(workbench, workbenchView.kernelChooser(), s);
            s.kernelDesign = KernelDesignerLink.capture(designer);
        });
        for (Observable p : new Observable[] {workbench.methodProperty(), workbench.rankProperty(), workbench.strideProperty(),
                workbench.dilationProperty(), workbench.filtersProperty(), workbench.channelsProperty(), workbench.groupsProperty(),
                workbench.paddingModeProperty(),
                workbench.paddingAmountProperty(), workbench.displayModeProperty(), workbench.viewChannelProperty(),
                workbench.grayscaleProperty(), workbench.imageSourceProperty(), workbench.getRecentFiles(), bank}) {
            p.addListener(o -> window.autosave());
        }
        if (settings.selectedTab > 0 && settings.selectedTab < window.getTabs().getTabs().size()) {
            window.getTabs().getSelectionModel().select(settings.selectedTab);
        }
        return new App(window, workbench, workbenchView, designer, animation, player, cost);
    }

    private static KernelDesignerModel designer(WorkbenchModel workbench, Settings settings) {
        KernelDesignerModel designer = new KernelDesignerModel();
        KernelDesignerLink.bind(designer, workbench.inputProperty(), workbench.filtersProperty());
        if (!KernelDesignerLink.restore(designer, settings.kernelDesign)) {
            try {
                designer.resize(settings.kernelSize, settings.kernelSize);
                designer.applyPreset(settings.kernelPreset, 0);
            } catch (IllegalArgumentException e) {
                designer.applyPreset("sobel-x", 0);
            }
        }
        return designer;
    }

    /** The kernel designer takes a scene's kernels (and its pointwise mixing when it fits the workbench's filters). */
    private static void loadKernels(KernelDesignerModel designer, KernelBank k) {
        designer.loadAll(Map.of(KernelDesignerModel.Layer.KERNEL, k.kernel()), "the lesson step");
        try {
            designer.loadAll(Map.of(KernelDesignerModel.Layer.POINTWISE, k.pointwise()), "the lesson step");
        } catch (IllegalArgumentException ignored) {
            // the default mixing stays: the step's pointwise matrix does not fit the workbench's filters
        }
    }

    private static void restoreWorkbench(MainWindow window, WorkbenchModel workbench, WorkbenchView view, Settings settings,
                                         ComputeService compute, boolean persistent) {
        boolean restored = WorkbenchPersistence.restore(workbench, settings) || System.getProperty("convlab.workbench.sample") != null;
        if (!restored) {
            workbench.loadSample(Samples.byId("impulse-dot"));
            if (!settings.galleryShown) view.showGallery(true);
        }
        WorkbenchPersistence.applyStartupProperties(workbench);
        settings.galleryShown = true;
        if (persistent) workbench.sourceProperty().addListener(o -> WorkbenchPersistence.keepPasted(workbench, compute));
    }

    private static Path tempProgress() {
        try {
            Path p = Files.createTempFile("convlab-progress", ".properties");
            p.toFile().deleteOnExit();
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file: " + e.getMessage(), e);
        }
    }
}
