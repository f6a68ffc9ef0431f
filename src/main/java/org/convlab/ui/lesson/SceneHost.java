package org.convlab.ui.lesson;

import org.convlab.lesson.Scene;
import org.convlab.lesson.SceneBuilder;

/**
 * Whatever shows a lesson step's scene. The player calls {@link #apply} when a step opens and
 * when the student resets it. Today {@link ScenePreviewModel} shows the scene beside the text; a
 * host that forwards to the workbench and animation models can replace it without touching
 * the player.
 */
public interface SceneHost {
    /** Shows {@code scene}; relative image names resolve through {@code context}. */
    void apply(Scene scene, SceneBuilder.Context context);
}
