package org.convlab.ui.core;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The one way models reach the engine and the disk, and the only place in the app that starts
 * threads. Work runs off the FX thread; results and errors are delivered on the FX thread
 * ({@code Platform.runLater}, or any {@link Executor} given to {@link #background(Executor)}).
 * For tests and the command line, {@link #synchronous()} runs everything at once on the caller.
 *
 * <ul>
 *   <li>{@link #submitLatest}: one run per key. Submitting again cancels the stale run, and only
 *       the latest submission for a key ever delivers (checked on the delivering thread, where
 *       the submissions are made), so models need no sequence numbers of their own.</li>
 *   <li>{@link #writeLatest}: one writer thread for the disk; pending writes of the same key are
 *       coalesced and run in submission order, so the latest state is always the one written last.</li>
 * </ul>
 */
public final class ComputeService implements AutoCloseable {
    private final ExecutorService executor;
    private final ExecutorService writer;
    private final Executor deliver;
    private final AtomicLong generations = new AtomicLong();
    private final Map<String, Long> latest = new ConcurrentHashMap<>();
    private final Map<String, Future<?>> running = new ConcurrentHashMap<>();
    private final Map<String, Callable<?>> pendingWrites = new ConcurrentHashMap<>();

    private ComputeService(ExecutorService executor, ExecutorService writer, Executor deliver) {
        this.executor = executor;
        this.writer = writer;
        this.deliver = deliver;
    }

    /** Runs work on daemon background threads and delivers on the FX thread. */
    public static ComputeService background() { return background(javafx.application.Platform::runLater); }

    /** Runs work on daemon background threads and delivers results through {@code deliver}. */
    public static ComputeService background(Executor deliver) {
        return new ComputeService(Executors.newFixedThreadPool(2, daemon("convlab-compute")),
                Executors.newSingleThreadExecutor(daemon("convlab-writer")), deliver);
    }

    /** Runs work synchronously on the caller's thread (tests, command line). */
    public static ComputeService synchronous() { return new ComputeService(null, null, Runnable::run); }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    public boolean isSynchronous() { return executor == null; }

    /** Runs {@code work}; delivers the value or the error (never both, exactly once). */
    public <T> Future<T> submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        return start(work, () -> true, onSuccess, onError);
    }

    /**
     * Like {@link #submit}, but one run per key: the previous run with the same key is cancelled,
     * and a run delivers only if no newer one with its key was submitted meanwhile.
     */
    public <T> Future<T> submitLatest(String key, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        long gen = generations.incrementAndGet();
        latest.put(key, gen);
        Future<?> old = running.get(key);
        if (old != null) old.cancel(true);
        Future<T> f = start(work, () -> latest.get(key) == gen, onSuccess, onError);
        if (executor != null) running.put(key, f);
        return f;
    }

    private <T> Future<T> start(Callable<T> work, java.util.function.BooleanSupplier current, Consumer<T> onSuccess,
                                Consumer<Throwable> onError) {
        FutureTask<T> task = new FutureTask<>(work) {
            @Override protected void done() {
                if (isCancelled()) return;
                T value;
                try {
                    value = get();
                } catch (CancellationException | InterruptedException e) {
                    return;
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    deliver.execute(() -> { if (current.getAsBoolean()) onError.accept(cause); });
                    return;
                }
                deliver.execute(() -> { if (current.getAsBoolean()) onSuccess.accept(value); });
            }
        };
        if (executor == null) task.run();
        else executor.execute(task);
        return task;
    }

    /**
     * Writes on the one writer thread: if writes with this key are still waiting, only the newest
     * runs; writes run one after another, in the order they were submitted. Errors are delivered
     * like results.
     */
    public void writeLatest(String key, Callable<?> write, Consumer<Throwable> onError) {
        Callable<?> job = () -> {
            try {
                write.call();
            } catch (Exception | Error e) {
                deliver.execute(() -> onError.accept(e));
            }
            return null;
        };
        if (writer == null) {
            try {
                job.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        pendingWrites.put(key, job);
        writer.execute(() -> {
            Callable<?> next = pendingWrites.remove(key);
            if (next == null) return; // a newer write of this key already ran
            try {
                next.call();
            } catch (Exception ignored) {
                // reported through onError above
            }
        });
    }

    /** Waits (at most {@code millis}) until the writes submitted so far have run; true if they did. */
    public boolean flushWrites(long millis) throws InterruptedException {
        if (writer == null) return true;
        FutureTask<Void> mark = new FutureTask<>(() -> null);
        writer.execute(mark);
        try {
            mark.get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    /** Cancels running work; pending writes still finish (for up to two seconds). */
    @Override public void close() {
        if (executor != null) executor.shutdownNow();
        if (writer != null) {
            writer.shutdown();
            try {
                writer.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
