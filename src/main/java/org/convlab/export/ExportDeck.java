package org.convlab.export;

import javafx.scene.Parent;

/**
 * A lesson as the exporter sees it: a title and numbered steps, each of which can build the view
 * the app shows for it. The command line adapts lessons to this; so could the app's lesson
 * player for "export all steps".
 */
public interface ExportDeck {
    /** Stable id used in file names (the lesson file name without extension). */
    String lessonId();

    String lessonTitle();

    int stepCount();

    /** Builds step {@code step}'s view (1-based; FX thread). Throws IllegalArgumentException with a clear message when the step cannot be shown. */
    StepView view(int step);

    /** One step's view, and its animation for GIFs. */
    interface StepView {
        /** The node to lay out at the export size and render. */
        Parent root();

        /** The part of the laid-out root that is exported (default: all of it). */
        default javafx.scene.Node snapshotTarget() { return root(); }

        /** Lesson, step, method and counts for the caption strip. */
        Caption caption();

        /** How many animation frames the step has (1 for a still step). */
        default int frameCount() { return 1; }

        /** Moves the animation to frame {@code index} (0-based; FX thread). */
        default void showFrame(int index) { }

        /** Stops timelines and listeners the view started. */
        default void dispose() { }
    }
}
