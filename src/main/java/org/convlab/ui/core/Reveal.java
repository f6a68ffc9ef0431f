package org.convlab.ui.core;

import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * Predict, then reveal: while a lesson question is open, the quantities it asks for are hidden on
 * every screen that would show them (the lesson's scene panel, and the Workbench or Animation opened
 * from that step). One instance lives in the composition root; the lesson player fills
 * {@link #hidden()}, and views showing a quantity listen to it and print {@link #PLACEHOLDER} instead.
 */
public final class Reveal {
    /** What a hidden number shows. */
    public static final String PLACEHOLDER = "? (answer the question first)";

    private final ObservableSet<Quantity> hidden = FXCollections.observableSet();

    public ObservableSet<Quantity> hidden() { return hidden; }

    public boolean isHidden(Quantity q) { return hidden.contains(q); }

    /** {@code text}, or the placeholder while {@code q} is hidden. */
    public String show(Quantity q, String text) { return isHidden(q) ? PLACEHOLDER : text; }
}
