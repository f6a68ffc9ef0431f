package org.convlab.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * Starts the JavaFX toolkit the TestFX way before any test class of the run (registered for every
 * class through the JUnit extension auto-detection in {@code junit-platform.properties}). When a
 * headless-export test started the toolkit first through {@code Platform.startup}, TestFX's robot
 * later delivered no mouse or key events at all, so robot tests passed or failed by test order.
 */
public final class TestFxFirst implements BeforeAllCallback {
    private static boolean done;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (TestFxFirst.class) {
            if (done) return;
            done = true;
        }
        String pkg = context.getRequiredTestClass().getPackageName();
        if (pkg.startsWith("org.convlab.engine")) { done = false; return; } // pure engine tests need no toolkit
        FxToolkit.registerPrimaryStage();
    }
}
