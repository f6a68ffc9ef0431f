package org.convlab.ui.speed;

import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.convlab.ui.core.ComputeService;
import org.convlab.ui.core.ExportInfo;
import org.convlab.ui.core.KeyBinding;
import org.convlab.ui.core.Look;
import org.convlab.ui.core.Screen;

/** The Speed screen: counted vs measured (the measured race, the roofline, the counting conventions). */
public final class SpeedScreen implements Screen {
    private final SpeedView view;

    public SpeedScreen(ComputeService compute) {
        view = new SpeedView(new SpeedModel(compute));
    }

    public SpeedModel model() { return view.model(); }

    /** Shares the app's predict-then-reveal state: hidden counts and ratios show a placeholder here too. */
    public void setReveal(org.convlab.ui.core.Reveal reveal) { model().revealProperty().set(reveal); }

    @Override public String id() { return "speed"; }

    @Override public String title() { return "Speed"; }

    @Override public Parent root() { return view.root(); }

    @Override public Map<String, Node> panels() { return view.panels(); }

    @Override public ExportInfo exportInfo() {
        ExportInfo base = ExportInfo.of(title());
        SpeedModel.Race r = model().raceProperty().get();
        String counts = r == null ? null : String.format(java.util.Locale.ROOT, "%s: counted %.2f× fewer multiplies, measured %.2f× faster",
                r.layer().label(), r.countedRatio(), r.measuredRatio());
        return new ExportInfo(base.fileStem(), null, null, title(), counts);
    }

    @Override public List<KeyBinding> keys() {
        return List.of(KeyBinding.of("F5", "Run the measured race", model()::startRace));
    }

    @Override public void applyLook(Look look) { view.applyLook(look); }

    @Override public void shown() { view.shown(); }

    @Override public void hidden() { view.hidden(); }

    @Override public void dispose() { view.dispose(); }
}
