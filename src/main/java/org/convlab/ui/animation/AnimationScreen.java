package org.convlab.ui.animation;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.convlab.ui.core.ComputeService;
import org.convlab.ui.core.ExportInfo;
import org.convlab.ui.core.Frames;
import org.convlab.ui.core.KeyBinding;
import org.convlab.ui.core.Look;
import org.convlab.ui.core.Quantity;
import org.convlab.ui.core.Reveal;
import org.convlab.ui.core.Screen;

/**
 * The Animation behind the {@link Screen} contract: its keys for F1, its frames for GIF export
 * (one per step of the chosen granularity), its caption, and the look (palette, scale) for its
 * canvases. Taking the keyboard when shown keeps ←/→ on the animation instead of the tab bar.
 */
public final class AnimationScreen implements Screen {

    private final AnimationView view;
    private final List<KeyBinding> keys;

    public AnimationScreen(ComputeService compute) { this(new AnimationView(compute)); }

    public AnimationScreen(AnimationView view) {
        this.view = view;
        keys = keys(view.getModel());
    }

    public AnimationView view() { return view; }
    public AnimationModel model() { return view.getModel(); }

    /** Counters the Animation shows print {@link Reveal#PLACEHOLDER} for the quantities {@code reveal} hides. */
    public void setReveal(Reveal reveal) { view.getModel().setReveal(reveal); }

    @Override public String id() { return "animation"; }
    @Override public String title() { return "Animation"; }
    @Override public Parent root() { return view.getRoot(); }
    @Override public Node snapshotTarget() { return view.getSnapshotTarget(); }

    @Override public ExportInfo exportInfo() {
        AnimationModel m = view.getModel();
        String method = m.methodProperty().get() == null ? "animation" : m.methodProperty().get().id();
        String counts = m.show(Quantity.MULTIPLIES, String.format(Locale.ROOT, "%,d of %,d multiplies",
                m.multipliesProperty().get(), m.totalMultipliesProperty().get()));
        return new ExportInfo(("animation-" + method).replaceAll("[^a-z0-9]+", "-"), null, null, method, counts);
    }

    @Override public List<KeyBinding> keys() { return keys; }

    private static List<KeyBinding> keys(AnimationModel model) {
        List<KeyBinding> keys = new java.util.ArrayList<>();
        for (int i = 0; i < org.convlab.engine.Method.values().length; i++) {
            org.convlab.engine.Method m = org.convlab.engine.Method.values()[i];
            keys.add(KeyBinding.of(Integer.toString(i + 1), "Method: " + m.id(), () -> model.methodProperty().set(m)));
        }
        keys.addAll(List.of(
                KeyBinding.info("Space", "Play / pause"),
                KeyBinding.info("← / →", "One step back / forward (one multiply, or the chosen granularity)"),
                KeyBinding.info("Shift+← / →", "One output value back / forward"),
                KeyBinding.info("↑ / ↓", "One row back / forward"),
                KeyBinding.info("Page Up / Page Down", "One stage or filter back / forward"),
                KeyBinding.info("Home / End", "Jump to the start / end"),
                KeyBinding.info("Click an output cell", "Jump to where that value is complete")));
        return List.copyOf(keys);
    }

    @Override public Frames frames() { return AnimationExportHooks.frames(view.getModel()); }

    @Override public void applyLook(Look look) { view.applyLook(look); }

    @Override public void shown() { view.focusAnimation(); }

    @Override public void hidden() { view.getModel().playingProperty().set(false); }

    @Override public void dispose() { view.dispose(); }
}
