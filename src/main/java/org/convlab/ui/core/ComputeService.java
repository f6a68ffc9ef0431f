package org.convlab.ui.core;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * The one way models reach the engine: work runs off the FX thread as a {@link Task} on a small
 * executor, and its result is delivered on the FX thread. For tests, {@link #synchronous()} runs
 * the work at once on the calling thread and calls the handlers directly.
 *
 * <p>{@link #submitLatest} keeps one run per key: submitting again cancels the stale run, and a
 * cancelled run never delivers its result.
 */
public final class ComputeService implements AutoCloseable {
    private final ExecutorService executor;
    private final Map<String, Task<?>> latest = new ConcurrentHashMap<>();

    private ComputeService(ExecutorService executor) { this.executor = executor; }

    /** Runs work on daemon background threads. */
    public static ComputeService background() {
        return new ComputeService(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "convlab-compute");
            t.setDaemon(true);
            return t;
        }));
    }

    /** Runs work synchronously on the caller's thread (tests, command line). */
    public static ComputeService synchronous() { return new ComputeService(null); }

    public boolean isSynchronous() { return executor == null; }

    /** Runs {@code work}; delivers the value or the error on the FX thread (or at once when synchronous). */
    public <T> Task<T> submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override protected T call() throws Exception { return work.call(); }
        };
        if (executor == null) {
            T value;
            try {
                value = work.call();
            } catch (Exception | Error e) {
                onError.accept(e);
                return task;
            }
            onSuccess.accept(value);
            return task;
        }
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onError.accept(task.getException()));
        executor.execute(task);
        return task;
    }

    /** Like {@link #submit}, but cancels the previous still-running work with the same key. */
    public <T> Task<T> submitLatest(String key, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        Task<?> old = latest.get(key);
        if (old != null) old.cancel(true);
        Task<T> t = submit(work, onSuccess, onError);
        if (executor != null) latest.put(key, t);
        return t;
    }

    @Override public void close() {
        if (executor != null) executor.shutdownNow();
    }
}
