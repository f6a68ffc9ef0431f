package org.convlab.ui.workbench;

import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Two panels side by side when both fit at their minimum widths (the first takes what the
 * second, at most at its preferred width, leaves), else the second under the first, both full
 * width. Unlike an HBox it never asks for more width than the wider panel's minimum, so the
 * column it sits in never runs past the window's edge.
 */
final class WrapRow extends Region {
    private final double gap;
    private final Node first, second;

    WrapRow(double gap, Node first, Node second) {
        this.gap = gap;
        this.first = first;
        this.second = second;
        getChildren().addAll(first, second);
    }

    /** Heights depend on the width (wrapped text, the row or the stack). */
    @Override public javafx.geometry.Orientation getContentBias() { return javafx.geometry.Orientation.HORIZONTAL; }

    private boolean both() { return first.isManaged() && second.isManaged(); }

    /** Whether the two sit in one row at width {@code w}. */
    boolean fitsInRow(double w) {
        return !both() || first.minWidth(-1) + gap + second.minWidth(-1) <= w;
    }

    private double secondWidth(double w) {
        return Math.max(second.minWidth(-1), Math.min(second.prefWidth(-1), w - gap - first.minWidth(-1)));
    }

    @Override protected double computeMinWidth(double h) {
        double m = 0;
        for (Node n : getManagedChildren()) m = Math.max(m, n.minWidth(-1));
        return m;
    }

    @Override protected double computePrefWidth(double h) {
        double p = -gap;
        for (Node n : getManagedChildren()) p += n.prefWidth(-1) + gap;
        return Math.max(0, p);
    }

    @Override protected double computeMinHeight(double w) { return computePrefHeight(w); }

    @Override protected double computePrefHeight(double w) {
        if (w < 0) w = computePrefWidth(-1);
        if (!both()) {
            double h = 0;
            for (Node n : getManagedChildren()) h = Math.max(h, n.prefHeight(w));
            return h;
        }
        if (fitsInRow(w)) {
            double sw = secondWidth(w);
            return Math.max(first.prefHeight(w - gap - sw), second.prefHeight(sw));
        }
        return first.prefHeight(w) + gap + second.prefHeight(w);
    }

    @Override protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        if (!both()) {
            for (Node n : getManagedChildren()) n.resizeRelocate(0, 0, w, h);
            return;
        }
        if (fitsInRow(w)) {
            double sw = secondWidth(w), fw = w - gap - sw;
            first.resizeRelocate(0, 0, fw, h);
            second.resizeRelocate(fw + gap, 0, sw, h);
        } else {
            double fh = first.prefHeight(w);
            first.resizeRelocate(0, 0, w, fh);
            second.resizeRelocate(0, fh + gap, w, Math.max(0, h - fh - gap));
        }
    }
}
