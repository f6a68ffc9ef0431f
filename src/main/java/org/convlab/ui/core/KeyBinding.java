package org.convlab.ui.core;

import java.util.Objects;
import javafx.scene.input.KeyCombination;

/**
 * One key of a screen, as F1 lists it and as the shell dispatches it.
 *
 * @param keys        the key as shown to the user, e.g. "Shift+← / →"
 * @param description what it does, e.g. "One output value back / forward"
 * @param combination the combination the shell matches, or null when a focused node handles the key itself
 * @param action      what the shell runs on the FX thread, or null (documentation only)
 */
public record KeyBinding(String keys, String description, KeyCombination combination, Runnable action) {
    public KeyBinding {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(description, "description");
        if ((combination == null) != (action == null)) {
            throw new IllegalArgumentException("a key binding has both a combination and an action, or neither: " + keys);
        }
    }

    /** A key the shell dispatches. */
    public static KeyBinding of(String combination, String description, Runnable action) {
        KeyCombination c = KeyCombination.valueOf(combination);
        return new KeyBinding(c.getDisplayText(), description, c, action);
    }

    /** A key handled by a focused node of the screen; listed in F1 only. */
    public static KeyBinding info(String keys, String description) {
        return new KeyBinding(keys, description, null, null);
    }

    public boolean dispatched() { return action != null; }
}
