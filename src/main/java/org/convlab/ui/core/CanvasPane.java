package org.convlab.ui.core;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;

/**
 * A canvas that fills its pane and is redrawn whenever the pane is resized: what every chart and
 * animation canvas of the screens sits in. The pane may shrink to nothing (its parent decides the size).
 */
public final class CanvasPane {
    private final Canvas canvas;
    private final Pane pane;

    /** A pane {@code id} holding a canvas of {@code width}×{@code height} until laid out; {@code draw} repaints it. */
    public CanvasPane(String id, double width, double height, Runnable draw) {
        canvas = new Canvas(width, height);
        pane = new Pane(canvas);
        pane.setMinSize(0, 0);
        if (id != null) pane.setId(id);
        canvas.widthProperty().bind(pane.widthProperty());
        canvas.heightProperty().bind(pane.heightProperty());
        canvas.widthProperty().addListener(o -> draw.run());
        canvas.heightProperty().addListener(o -> draw.run());
    }

    public Canvas canvas() { return canvas; }

    public Pane node() { return pane; }
}
