package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Problems big enough to be split across threads (above {@link Parallel#SERIAL_THRESHOLD}):
 * the fast paths give bit-identical outputs and identical counts with 1 and 2 threads, match
 * the reference loops, and count exactly what the cost model says.
 */
class ParallelFastPathTest {
    private final int defaultThreads = Parallel.threads();

    @AfterEach
    void restore() { Parallel.setThreads(defaultThreads); }

    private static float[] values(Random r, int n) { return RandomCase.values(r, n); }

    private static List<ConvRequest> requests() {
        Random r = new Random(11);
        Tensor in = new Tensor(4, 61, 75, values(r, 4 * 61 * 75));
        ConvSpec same = ConvSpec.DEFAULT.withPadding(Padding.same());
        Weights dense = new Weights(6, 4, 3, 4, values(r, 6 * 4 * 12));
        Weights grouped = new Weights(6, 2, 3, 4, values(r, 6 * 2 * 12));
        Weights dw = new Weights(8, 1, 5, 5, values(r, 8 * 25));
        Weights pw = new Weights(7, 8, 1, 1, values(r, 56));
        Weights rank1 = new Weights(3, 4, 5, 3);
        for (int f = 0; f < 3; f++) for (int c = 0; c < 4; c++) {
            float[] col = values(r, 5), row = values(r, 3);
            for (int u = 0; u < 5; u++) for (int v = 0; v < 3; v++) rank1.set(f, c, u, v, col[u] * row[v]);
        }
        return List.of(
                ConvRequest.of(Method.STANDARD, in, dense, same).withBias(values(r, 6)),
                ConvRequest.of(Method.STANDARD, new Tensor(4, 125, 160, values(r, 4 * 125 * 160)), grouped, new ConvSpec(2, 3, Padding.of(2, 1), 2, 1, 2).withGroups(2)),
                ConvRequest.of(Method.DEPTHWISE, in, dw, new ConvSpec(1, 1, Padding.of(3), 1, 2, 4)),
                ConvRequest.of(Method.POINTWISE, new Tensor(8, 61, 75, values(r, 8 * 61 * 75)), pw, ConvSpec.DEFAULT),
                ConvRequest.of(Method.DEPTHWISE_SEPARABLE, in, dw, same).withPointwise(pw).withBias(values(r, 7)),
                ConvRequest.of(Method.SPATIAL_SEPARABLE, in, rank1, same).keepingIntermediate(),
                ConvRequest.of(Method.LOW_RANK, in, dense, new ConvSpec(1, 2, Padding.of(1), 1, 1, 1)).withRank(3));
    }

    @Test
    void oneAndTwoThreadsGiveIdenticalResultsAndCounts() {
        for (ConvRequest req : requests()) {
            Parallel.setThreads(1);
            ConvResult one = Convolutions.run(req);
            Parallel.setThreads(2);
            ConvResult two = Convolutions.run(req);
            String what = req.method() + " " + req.spec();
            assertArrayEquals(one.output().data(), two.output().data(), what);
            assertEquals(one.counts().multiplies(), two.counts().multiplies(), what);
            assertEquals(one.counts().additions(), two.counts().additions(), what);
            assertEquals(two.cost().multiplies(), two.counts().multiplies(), what);
            assertEquals(two.cost().additions(), two.counts().additions(), what);
            assertTrue(two.counts().multiplies() > Parallel.SERIAL_THRESHOLD, what + " is too small to be split");
            ConvResult ref = Convolutions.runReference(req);
            float d = ref.output().maxAbsDiff(two.output());
            assertTrue(d < 1e-4f, what + ": differs from the reference loop by " + d);
            if (ref.intermediate() != null) assertTrue(ref.intermediate().maxAbsDiff(two.intermediate()) < 1e-4f, what);
        }
    }

    @Test
    void threadCountMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Parallel.setThreads(0));
        assertTrue(e.getMessage().contains("threads"), e.getMessage());
    }
}
