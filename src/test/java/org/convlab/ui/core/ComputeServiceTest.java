package org.convlab.ui.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** ComputeService on real threads (no sleeps: latches), with a delivery queue the test drains like the FX thread. */
class ComputeServiceTest {
    /** Deliveries wait here until the test runs them, as Platform.runLater would. */
    private final ConcurrentLinkedQueue<Runnable> fx = new ConcurrentLinkedQueue<>();

    private void drain() {
        for (Runnable r; (r = fx.poll()) != null; ) r.run();
    }

    @Test void aRunThatFinishedBeforeItWasReplacedNeverDelivers() throws Exception {
        try (ComputeService cs = ComputeService.background(fx::add)) {
            List<String> got = new ArrayList<>();
            var first = cs.submitLatest("k", () -> "old", got::add, e -> got.add("error"));
            first.get(5, TimeUnit.SECONDS);          // finished: its delivery is queued, not yet run
            var second = cs.submitLatest("k", () -> "new", got::add, e -> got.add("error"));
            second.get(5, TimeUnit.SECONDS);
            drainUntil(2);
            assertEquals(List.of("new"), got);
        }
    }

    @Test void aReplacedRunIsCancelledAndOtherKeysAreUntouched() throws Exception {
        try (ComputeService cs = ComputeService.background(fx::add)) {
            CountDownLatch started = new CountDownLatch(1), interrupted = new CountDownLatch(1);
            List<String> got = new CopyOnWriteArrayList<>();
            cs.submitLatest("k", () -> {
                started.countDown();
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return "stale";
            }, got::add, e -> got.add("error"));
            assertTrue(started.await(5, TimeUnit.SECONDS));
            var other = cs.submitLatest("other", () -> "other", got::add, e -> got.add("error"));
            var latest = cs.submitLatest("k", () -> "latest", got::add, e -> got.add("error"));
            assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the stale run is interrupted");
            latest.get(5, TimeUnit.SECONDS);
            other.get(5, TimeUnit.SECONDS);
            drainUntil(2);
            assertEquals(List.of("latest", "other"), got.stream().sorted().toList());
        }
    }

    @Test void errorsAreDeliveredOnceAndOnlyForTheLatest() throws Exception {
        try (ComputeService cs = ComputeService.background(fx::add)) {
            List<String> got = new ArrayList<>();
            var f = cs.submitLatest("k", () -> { throw new IllegalStateException("bad scene"); }, v -> got.add("value"),
                    e -> got.add(e.getMessage()));
            assertTrue(f.isDone() || waitDone(f));
            var g = cs.submit(() -> { throw new OutOfMemoryError("heap"); }, v -> got.add("value"), e -> got.add("oom"));
            assertTrue(waitDone(g));
            drainUntil(2);
            assertEquals(List.of("bad scene", "oom"), got);
        }
    }

    @Test void oneWriterCoalescesAndTheLatestStateIsWrittenLast() throws Exception {
        try (ComputeService cs = ComputeService.background(fx::add)) {
            CountDownLatch blocking = new CountDownLatch(1), release = new CountDownLatch(1);
            List<Integer> written = new CopyOnWriteArrayList<>();
            List<String> threads = new CopyOnWriteArrayList<>();
            cs.writeLatest("settings", () -> {
                blocking.countDown();
                release.await();
                written.add(0);
                return null;
            }, e -> { });
            assertTrue(blocking.await(5, TimeUnit.SECONDS));
            for (int i = 1; i <= 5; i++) {
                int v = i;
                cs.writeLatest("settings", () -> {
                    written.add(v);
                    threads.add(Thread.currentThread().getName());
                    return null;
                }, e -> { });
            }
            cs.writeLatest("image", () -> { written.add(100); return null; }, e -> { });
            release.countDown();
            assertTrue(cs.flushWrites(5000));
            assertEquals(List.of(0, 5, 100), written, "pending writes of a key are coalesced to the newest, in order");
            assertEquals(List.of("convlab-writer-1"), threads);
        }
    }

    @Test void writeErrorsAreDelivered() throws Exception {
        try (ComputeService cs = ComputeService.background(fx::add)) {
            List<String> got = new ArrayList<>();
            cs.writeLatest("k", () -> { throw new java.io.IOException("disk full"); }, e -> got.add(e.getMessage()));
            assertTrue(cs.flushWrites(5000));
            drain();
            assertEquals(List.of("disk full"), got);
        }
    }

    @Test void synchronousRunsAtOnce() {
        ComputeService cs = ComputeService.synchronous();
        List<String> got = new ArrayList<>();
        cs.submitLatest("k", () -> "a", got::add, e -> got.add("error"));
        cs.writeLatest("w", () -> got.add("written"), e -> got.add("error"));
        assertEquals(List.of("a", "written"), got);
    }

    private static boolean waitDone(java.util.concurrent.Future<?> f) throws InterruptedException {
        try {
            f.get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
        return true;
    }

    /** Runs queued deliveries; a finished task queues its delivery from done(), right after get() returns. */
    @Test void itIsIdleOnlyOnceEveryRunHasDeliveredAndEveryWriteHasRun() throws Exception {
        try (ComputeService cs = ComputeService.background(fx::add)) {
            assertTrue(cs.isIdle());
            CountDownLatch release = new CountDownLatch(1);
            List<String> got = new CopyOnWriteArrayList<>();
            var run = cs.submit(() -> { release.await(); return "done"; }, got::add, e -> got.add("error"));
            assertFalse(cs.isIdle());
            assertFalse(cs.awaitIdle(50), "a run still waiting is not idle");
            release.countDown();
            run.get(5, TimeUnit.SECONDS);
            assertFalse(cs.isIdle(), "finished but not yet delivered");
            drainUntil(1);
            assertEquals(List.of("done"), got);
            assertTrue(cs.awaitIdle(5000));
            CountDownLatch write = new CountDownLatch(1);
            cs.writeLatest("w", () -> { write.await(); return null; }, e -> { });
            assertFalse(cs.isIdle(), "a write still pending is not idle");
            write.countDown();
            assertTrue(cs.awaitIdle(5000));
        }
    }

    @Test void itsEngineAndFormulaPoolsAreNamedAndEndWithIt() throws Exception {
        ComputeService cs = ComputeService.background(fx::add);
        String name = cs.engineThreads().submit(() -> Thread.currentThread().getName()).get(5, TimeUnit.SECONDS);
        assertTrue(name.startsWith(ComputeService.PREFIX + "engine-"), name);
        name = cs.formulaThreads().submit(() -> Thread.currentThread().getName()).get(5, TimeUnit.SECONDS);
        assertTrue(name.startsWith(ComputeService.PREFIX + "formula-"), name);
        cs.close();
        assertTrue(cs.engineThreads().isShutdown() && cs.formulaThreads().isShutdown());
        try (ComputeService sync = ComputeService.synchronous()) {
            assertNull(sync.engineThreads(), "synchronous: the engine keeps its own default");
        }
    }

    private void drainUntil(int queued) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (fx.size() < queued && System.nanoTime() < deadline) Thread.onSpinWait();
        drain();
    }
}
