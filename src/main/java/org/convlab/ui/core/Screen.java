package org.convlab.ui.core;

import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * The one contract between a screen (Workbench, Animation, Lessons, Cost explorer, …) and the
 * shell that hosts it. The shell (tabs, status bar, Export menu, F1 overlay, presentation mode,
 * themes, headless snapshots) is built only against this interface; it never reaches into a
 * screen's nodes, and screens never call each other: they talk through models.
 *
 * <p>Lifecycle: the composition root creates the screen once; the shell calls {@link #applyLook}
 * with the current look before the first layout and whenever theme, zoom or presentation mode
 * change; {@link #shown()} / {@link #hidden()} when its tab is selected or left; {@link #dispose()}
 * once, when the window closes (stop every timer and cancel work there).
 */
public interface Screen {

    /** Stable id used in file names, the CLI ({@code snapshot --screen ID}) and node ids, e.g. {@code workbench}. */
    String id();

    /** Tab title, e.g. "Workbench". */
    String title();

    /** The screen's root node, created once. */
    Parent root();

    /** What "Export this screen" renders (default the root). */
    default Node snapshotTarget() { return root(); }

    /** Panels that can be exported on their own, in menu order (e.g. Input, Output, Cost). */
    default Map<String, Node> panels() { return Map.of(); }

    /** Caption text under an exported picture of this screen as it is now. */
    default ExportInfo exportInfo() { return ExportInfo.of(title()); }

    /** The frames of a GIF, or null when this screen has nothing to animate. */
    default Frames frames() { return null; }

    /**
     * The keys this screen handles while it is shown, in the order F1 lists them. Bindings with an
     * action are dispatched by the shell; bindings without one only document keys that a focused
     * node of the screen (a canvas, a grid) handles itself.
     */
    default List<KeyBinding> keys() { return List.of(); }

    /**
     * The app's look changed (theme, zoom, presentation). Controls scale through the root's font
     * size, which the shell sets; a screen redraws what CSS does not reach: canvas cells and their
     * fonts, chart symbols, images, using {@link Look#scale()} and {@link Look#palette()}.
     */
    default void applyLook(Look look) { }

    /** The screen's tab was selected (take the keyboard focus where it belongs). */
    default void shown() { }

    /** The screen's tab was left (pause what only makes sense while visible). */
    default void hidden() { }

    /** Stops timers and cancels background work; called once when the window closes. */
    default void dispose() { }
}
