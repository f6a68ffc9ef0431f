package org.convlab.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.convlab.ui.animation.AnimationExportHooks;
import org.convlab.ui.animation.AnimationView;
import org.convlab.ui.core.ExportInfo;
import org.convlab.ui.core.Frames;
import org.convlab.ui.core.KeyBinding;
import org.convlab.ui.core.Screen;

/**
 * The Animation tab behind the {@link Screen} contract until {@code ui.animation} brings its own
 * screen (then {@link Composition} creates that one instead and this class goes).
 */
final class InterimAnimationScreen implements Screen {
    private final AnimationView view;

    InterimAnimationScreen(AnimationView view) { this.view = view; }

    @Override public String id() { return "animation"; }
    @Override public String title() { return "Animation"; }
    @Override public Parent root() { return view.getRoot(); }
    @Override public Node snapshotTarget() { return view.getSnapshotTarget(); }
    @Override public ExportInfo exportInfo() { return AnimationExportHooks.exportInfo(view.getModel()); }
    @Override public Frames frames() { return AnimationExportHooks.frames(view.getModel()); }

    @Override public List<KeyBinding> keys() {
        return List.of(
                KeyBinding.info("Space", "Play / pause"),
                KeyBinding.info("← / →", "One step back / forward (of the chosen granularity)"),
                KeyBinding.info("Shift+← / Shift+→", "One output value back / forward"),
                KeyBinding.info("↑ / ↓", "One output row back / forward"),
                KeyBinding.info("Page Up / Page Down", "One stage back / forward"),
                KeyBinding.info("Home / End", "To the start / the end"));
    }

    @Override public void shown() { view.focusAnimation(); }
    @Override public void dispose() { view.dispose(); }
}
