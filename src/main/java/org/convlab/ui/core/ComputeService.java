package org.convlab.ui.core;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 *   <li>{@link #engineThreads()} and {@link #formulaThreads()}: the pools the composition root hands
 *       to the engine's parallel loops and to the formula checker, so their threads are this
 *       service's too (named {@value #PREFIX}…) and end with {@link #close()}.</li>
 *   <li>{@link #awaitIdle}: waits until every submitted run has delivered and every write has run
 *       (headless snapshots wait for it before taking the picture).</li>
 * </ul>
 */
public final class ComputeService implements AutoCloseable {
    /** The start of the name of every thread this service starts. */
    public static final String PREFIX = "convlab-";
    private final ExecutorService executor;
    private final ExecutorService writer;
    private final ForkJoinPool engine;
    private final ExecutorService formulas;
    private final Executor deliver;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object idle = new Object();
    private final AtomicLong generations = new AtomicLong();
    private final Map<String, Long> latest = new ConcurrentHashMap<>();
    private final Map<String, Future<?>> running = new ConcurrentHashMap<>();
    private final Map<String, Callable<?>> pendingWrites = new ConcurrentHashMap<>();

    private ComputeService(ExecutorService executor, ExecutorService writer, ForkJoinPool engine, ExecutorService formulas,
                           Executor deliver) {
        this.executor = executor;
        this.writer = writer;
        this.engine = engine;
        this.formulas = formulas;
        this.deliver = deliver;
    }

    /** Runs work on daemon background threads and delivers on the FX thread. */
    public static ComputeService background() { return background(javafx.application.Platform::runLater); }

    /** Runs work on daemon background threads and delivers results through {@code deliver}. */
    public static ComputeService background(Executor deliver) {
        return new ComputeService(Executors.newFixedThreadPool(2, daemon(PREFIX + "compute")),
                Executors.newSingleThreadExecutor(daemon(PREFIX + "writer")),
                new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()), ComputeService::engineWorker, null, false),
                Executors.newCachedThreadPool(daemon(PREFIX + "formula")), deliver);
    }

    /**
     * Runs work synchronously on the caller's thread (tests, command line). It has no pools of its
     * own: the engine and the formula checker keep their lazy defaults.
     */
    public static ComputeService synchronous() { return new ComputeService(null, null, null, null, Runnable::run); }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static ForkJoinWorkerThread engineWorker(ForkJoinPool pool) {
        ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        t.setName(PREFIX + "engine-" + t.getPoolIndex());
        t.setDaemon(true);
        return t;
    }

    public boolean isSynchronous() { return executor == null; }

    /** The pool for the engine's parallel loops ({@code engine.Parallel}); null when synchronous. */
    public ForkJoinPool engineThreads() { return engine; }

    /** The threads that parse formulas under a timeout ({@code lesson.Formulas}); null when synchronous. */
    public ExecutorService formulaThreads() { return formulas; }

    /** True when no submitted run is waiting, running or delivering and no write is pending. */
    public boolean isIdle() { return inFlight.get() == 0; }

    /**
     * Waits (at most {@code millis}, never on the delivering thread) until {@link #isIdle()}; true
     * if it became idle. A run that submits more work while it delivers keeps the service busy.
     */
    public boolean awaitIdle(long millis) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        synchronized (idle) {
            while (inFlight.get() > 0) {
                long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                if (left <= 0) return false;
                idle.wait(left);
            }
            return true;
        }
    }

    private void begin() { inFlight.incrementAndGet(); }

    private void end() {
        if (inFlight.decrementAndGet() == 0) {
            synchronized (idle) { idle.notifyAll(); }
        }
    }

    /** Runs {@code r} on the delivering executor, counted until it has run. */
    private void deliverCounted(Runnable r) {
        try {
            deliver.execute(() -> {
                try {
                    r.run();
                } finally {
                    end();
                }
            });
        } catch (RuntimeException e) {
            end();   // the delivering thread is gone (toolkit stopped)
            throw e;
        }
    }

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
                if (isCancelled()) { end(); return; }
                T value;
                try {
                    value = get();
                } catch (CancellationException | InterruptedException e) {
                    end();
                    return;
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    deliverCounted(() -> { if (current.getAsBoolean()) onError.accept(cause); });
                    return;
                }
                deliverCounted(() -> { if (current.getAsBoolean()) onSuccess.accept(value); });
            }
        };
        begin();
        if (executor == null) {
            task.run();
        } else {
            try {
                executor.execute(task);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                end();   // closed: the work never runs
                throw e;
            }
        }
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
        begin();
        try {
            writer.execute(() -> {
                try {
                    Callable<?> next = pendingWrites.remove(key);
                    if (next == null) return; // a newer write of this key already ran
                    next.call();
                } catch (Exception ignored) {
                    // reported through onError above
                } finally {
                    end();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            end();
            throw e;
        }
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

    /** Cancels running work and stops every pool; pending writes still finish (for up to two seconds). */
    @Override public void close() {
        if (executor != null) executor.shutdownNow();
        if (engine != null) engine.shutdownNow();
        if (formulas != null) formulas.shutdownNow();
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
