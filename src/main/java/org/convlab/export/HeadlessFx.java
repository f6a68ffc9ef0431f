package org.convlab.export;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit with no display (Monocle's headless glass, the software renderer) so
 * a plain {@code java -jar convlab.jar export ...} can lay out and snapshot real views, and runs
 * rendering jobs on the FX thread.
 *
 * <p>The system properties are set before the toolkit starts; once it runs (in the app, or in a
 * TestFX test) {@link #start()} only notes that and uses the running toolkit. Software rendering
 * with T2K text is chosen because it gives the same pixels on every machine; the bundled DejaVu
 * fonts ({@link ExportFonts}) are loaded so text does not depend on installed fonts.
 */
public final class HeadlessFx {
    private static final Object LOCK = new Object();
    private static boolean started;
    /** Held so the level set on it stays: JavaFX warns on stderr about running from the class path. */
    private static final java.util.logging.Logger FX_LOG = java.util.logging.Logger.getLogger("javafx");

    private HeadlessFx() { }

    /**
     * Makes sure the toolkit is running. When it is not, selects Monocle headless (unless the
     * caller set {@code glass.platform} already) and starts it. Safe to call repeatedly.
     */
    public static void start() {
        synchronized (LOCK) {
            if (started) return;
            if (System.getProperty("glass.platform") == null) {
                System.setProperty("glass.platform", "Monocle");
                System.setProperty("monocle.platform", "Headless");
            }
            setIfAbsent("prism.order", "sw");
            setIfAbsent("prism.text", "t2k");
            setIfAbsent("java.awt.headless", "true");
            setIfAbsent("prism.verbose", "false");
            if (FX_LOG.getLevel() == null) FX_LOG.setLevel(java.util.logging.Level.SEVERE);
            CountDownLatch ready = new CountDownLatch(1);
            try {
                Platform.startup(ready::countDown);
            } catch (IllegalStateException alreadyRunning) {
                ready.countDown();
            }
            try {
                if (!ready.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("the JavaFX toolkit did not start in 30 s");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting the JavaFX toolkit", e);
            }
            Platform.setImplicitExit(false);
            started = true;
        }
        call(() -> { ExportFonts.load(); return null; });
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
    }

    /**
     * Runs {@code job} on the FX thread (directly when already on it) and returns its value.
     * Checked exceptions and errors of the job are rethrown as they were (wrapped in an
     * {@link IllegalStateException} only when checked).
     */
    public static <T> T call(Callable<T> job) {
        if (Platform.isFxApplicationThread()) {
            try {
                return job.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(job.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("rendering took longer than 5 minutes", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c.getMessage(), c);
        }
    }

    /** Stops the toolkit (command line only; never call it inside the app or a test run). */
    public static void shutdown() {
        synchronized (LOCK) {
            if (!started) return;
            Platform.exit();
            started = false;
        }
    }
}
