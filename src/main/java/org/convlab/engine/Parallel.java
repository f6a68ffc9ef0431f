package org.convlab.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

/**
 * The engine's worker threads: one shared pool of daemon threads (by default one per core),
 * either the pool the application hands over with {@link #usePool} (the app's threads are all
 * started by one service) or, for the command line and tests, one made here on first use,
 * used by the fast loops to split work into independent blocks (row bands, plane blocks).
 * Each block counts into its own {@link Counts}; the counts are merged when all are done, so
 * the totals are the same whatever the number of threads. Each output value is computed by
 * exactly one block in a fixed order, so results are bit-identical for any thread count.
 */
public final class Parallel {
    /** A block of work that counts its operations into {@code counts}. */
    @FunctionalInterface
    public interface Block {
        void run(int index, Counts counts);
    }

    /** Below this many multiplies a problem runs on the calling thread (thread hand-off costs more). */
    public static final long SERIAL_THRESHOLD = 200_000;

    private static final Object LOCK = new Object();
    private static volatile int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static volatile ForkJoinPool pool;
    /** The pool given by {@link #usePool}; used while it is open. */
    private static volatile ForkJoinPool given;

    private Parallel() { }

    /** Number of threads the fast loops use (default: available processors). */
    public static int threads() { return threads; }

    /** Sets the number of worker threads (1 = everything on the calling thread). */
    public static void setThreads(int n) {
        if (n < 1) throw new IllegalArgumentException("threads must be ≥ 1, got " + n);
        synchronized (LOCK) {
            if (n != threads && pool != null) {
                pool.shutdown();
                pool = null;
            }
            threads = n;
        }
    }

    /**
     * Runs the parallel loops on {@code p} from now on (null: back to the pool made here). A pool
     * that is shut down later is no longer used; the loops fall back to a pool of their own.
     */
    public static void usePool(ForkJoinPool p) {
        synchronized (LOCK) {
            given = p;
        }
    }

    private static boolean onEngineWorker() {
        if (!(Thread.currentThread() instanceof ForkJoinWorkerThread w)) return false;
        return w.getPool() == pool || w.getPool() == given;
    }

    private static ForkJoinPool pool() {
        synchronized (LOCK) {
            ForkJoinPool g = given;
            if (g != null && !g.isShutdown()) return g;
            if (pool == null) pool = new ForkJoinPool(threads);
            return pool;
        }
    }

    /**
     * Runs blocks 0..n−1 (in parallel when {@code work} multiplies justify it) and adds their
     * counts to {@code total}.
     */
    public static void run(int n, long work, Counts total, Block block) {
        int t = threads;
        if (n <= 1 || t <= 1 || work < SERIAL_THRESHOLD || onEngineWorker()) {
            // also serial when already on an engine worker (nested call): no deadlock, no oversubscription
            for (int i = 0; i < n; i++) block.run(i, total);
            return;
        }
        List<Callable<Counts>> tasks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            final int index = i;
            tasks.add(() -> {
                Counts c = new Counts();
                block.run(index, c);
                return c;
            });
        }
        List<Future<Counts>> done;
        try {
            done = pool().invokeAll(tasks);
        } catch (RejectedExecutionException e) {
            // the pool was replaced by setThreads() or shut down at this very moment: do the work here instead
            for (int i = 0; i < n; i++) block.run(i, total);
            return;
        }
        for (Future<Counts> f : done) {
            try {
                total.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("convolution was interrupted", e);
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException re) throw re;
                if (c instanceof Error er) throw er;
                throw new IllegalStateException(c);
            }
        }
    }
}
