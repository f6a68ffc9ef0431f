package org.convlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.convlab.engine.Counts;
import org.convlab.engine.Parallel;
import org.convlab.export.HeadlessFx;
import org.convlab.lesson.Formulas;
import org.convlab.ui.Snapshots;
import org.convlab.ui.core.ComputeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The app composed as it runs (background threads): the engine's parallel blocks and the formula
 * checker's parses run on threads the ComputeService started, named with its prefix; once the
 * service is closed, both fall back to their own defaults and still work.
 */
class ComposedThreadsTest {
    @AfterAll static void defaults() {
        Parallel.usePool(null);
        Formulas.useExecutor(null);
    }

    @Test
    void engineAndFormulaWorkRunOnTheComputeServicesThreads() throws Exception {
        Assumptions.assumeTrue(Parallel.threads() > 1, "one core: the engine runs every block on the calling thread");
        HeadlessFx.start();
        Snapshots.Stage stage = HeadlessFx.call(() -> Snapshots.Stage.openInBackground(1280, 720));
        ComputeService compute = stage.compute();
        ThreadPoolExecutor parser = (ThreadPoolExecutor) compute.formulaThreads();
        long parsedBefore = parser.getCompletedTaskCount();
        Set<String> blocks = ConcurrentHashMap.newKeySet();
        CompletableFuture<String> formula = new CompletableFuture<>();
        // as a model does: work submitted to the service, which runs engine loops and checks a formula
        compute.submit(() -> {
            Counts total = new Counts();
            Parallel.run(8, Parallel.SERIAL_THRESHOLD * 10, total,
                    (i, c) -> blocks.add(Thread.currentThread().getName()));
            return Formulas.error("\\frac{K^2 C}{K^2 + C}");
        }, formula::complete, formula::completeExceptionally);
        assertNull(formula.get(60, TimeUnit.SECONDS), "the formula parses");
        assertFalse(blocks.isEmpty());
        for (String b : blocks) assertTrue(b.startsWith(ComputeService.PREFIX), "block ran on " + b);
        assertTrue(blocks.stream().anyMatch(b -> b.startsWith(ComputeService.PREFIX + "engine-")),
                "blocks ran on the service's engine pool: " + blocks);
        assertEquals(1, parser.getCompletedTaskCount() - parsedBefore, "the parse ran on the service's formula threads");
        assertTrue(stage.settle(20_000), "the composed app becomes idle");

        HeadlessFx.call(() -> { stage.close(); return null; });
        assertTrue(compute.engineThreads().isShutdown() && parser.isShutdown(), "closing the service stops its pools");
        Set<Integer> after = ConcurrentHashMap.newKeySet();
        Parallel.run(8, Parallel.SERIAL_THRESHOLD * 10, new Counts(), (i, c) -> after.add(i));
        assertEquals(Set.of(0, 1, 2, 3, 4, 5, 6, 7), after, "the engine falls back to its own pool and runs every block");
        assertNull(Formulas.error("a^2"), "the checker falls back to its own threads");
    }
}
