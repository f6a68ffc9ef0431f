package org.convlab.engine.factor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.convlab.engine.ConvRequest;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Convolutions;
import org.convlab.engine.Counts;
import org.convlab.engine.Method;
import org.convlab.engine.Padding;
import org.convlab.engine.Tensor;
import org.convlab.engine.Weights;

/**
 * On random layers, strides, paddings (explicit per axis, same, valid), dilations and ranks:
 * running a factorization's stages in order equals convolving with its reconstructed kernel,
 * the engine counts exactly the closed-form multiplies, the SVD schemes reach the Eckart–Young
 * error, and the break-even rank splits cheaper from dearer ranks.
 */
class LayerFactorizerPropertiesTest {

    static float[] values(Random r, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = r.nextFloat() * 2 - 1;
        return a;
    }

    static ConvSpec randomSpec(Random r) {
        int sh = 1 + r.nextInt(3), sw = 1 + r.nextInt(3);
        int dh = 1 + r.nextInt(2), dw = 1 + r.nextInt(2);
        Padding p = switch (r.nextInt(4)) {
            case 0 -> Padding.valid();
            case 1 -> { sh = 1; sw = 1; yield Padding.same(); }
            case 2 -> Padding.of(r.nextInt(3));
            default -> Padding.of(r.nextInt(4), r.nextInt(4));
        };
        return new ConvSpec(sh, sw, p, dh, dw, 1);
    }

    record Case(Weights w, ConvSpec spec, Tensor input, float[] bias, Scheme scheme, int rank, int rank2, String text) { }

    static Case randomCase(long seed) {
        Random r = new Random(seed);
        int f = 1 + r.nextInt(6), c = 1 + r.nextInt(5), kh = 1 + r.nextInt(4), kw = 1 + r.nextInt(4);
        Weights w = new Weights(f, c, kh, kw, values(r, f * c * kh * kw));
        ConvSpec spec = randomSpec(r);
        int h = kh * 2 + r.nextInt(8), wd = kw * 2 + r.nextInt(8);
        Tensor in = new Tensor(c, h, wd, values(r, c * h * wd));
        float[] bias = r.nextBoolean() ? values(r, f) : null;
        Scheme s = Scheme.values()[r.nextInt(Scheme.values().length)];
        int[] max = LayerFactorizer.maxRanks(w, s);
        int rank = 1 + r.nextInt(max[0]);
        int rank2 = max.length > 1 ? 1 + r.nextInt(max[1]) : 0;
        String text = s.id() + " rank " + rank + "/" + rank2 + " of " + w.shapeString() + " on " + in.shapeString()
                + " (" + spec + ")";
        return new Case(w, spec, in, bias, s, rank, rank2, text);
    }

    @Property(tries = 200)
    void stagesInOrderEqualTheReconstructedKernel(@ForAll long seed) {
        Case k = randomCase(seed);
        LayerFactorization f = LayerFactorizer.factor(k.w(), k.spec(), k.scheme(), k.rank(), k.rank2());
        Counts counts = new Counts();
        Tensor chained = LayerFactorizer.run(f, k.input(), k.bias(), counts);
        Tensor direct = Convolutions.run(ConvRequest.of(Method.STANDARD, k.input(), f.reconstructed(), k.spec())
                .withBias(k.bias())).output();
        assertTrue(direct.sameShape(chained), k.text() + ": shape " + chained.shapeString() + " vs " + direct.shapeString());
        float diff = direct.maxAbsDiff(chained);
        assertTrue(diff < 1e-4f, k.text() + ": max difference " + diff);
        assertEquals(f.multiplies(k.input().height(), k.input().width()), counts.multiplies(), k.text());
        assertEquals(LayerFactorizer.multiplies(k.w(), k.spec(), k.scheme(), k.rank(), k.rank2(),
                k.input().height(), k.input().width()), counts.multiplies(), k.text());
        long params = 0;
        for (Stage s : f.stages()) params += s.weights().size();
        assertEquals(params, f.parameters(), k.text());
    }

    @Property(tries = 150)
    void svdSchemesReachEckartYoung(@ForAll long seed) {
        Case k = randomCase(seed);
        if (k.scheme() == Scheme.TUCKER2) return;
        LayerFactorization f = LayerFactorizer.factor(k.w(), k.spec(), k.scheme(), k.rank(), 0);
        double[] s = LayerFactorizer.singularValues(k.w(), k.scheme());
        assertEquals(LayerFactorizer.maxRank(k.w(), k.scheme()), s.length, k.text());
        double expected = Svd.discardedEnergy(s, k.rank());
        double actual = f.relativeError() * f.relativeError();
        assertEquals(expected, actual, 1e-9, k.text());
        // and the error measured on the float kernel agrees to float precision
        assertEquals(Math.sqrt(expected), relativeError(k.w(), f.reconstructed()), 1e-5, k.text());
    }

    @Property(tries = 100)
    void fullRankIsExact(@ForAll long seed) {
        Case k = randomCase(seed);
        int[] max = LayerFactorizer.maxRanks(k.w(), k.scheme());
        LayerFactorization f = LayerFactorizer.factor(k.w(), k.spec(), k.scheme(), max[0], max.length > 1 ? max[1] : 0);
        assertTrue(f.relativeError() < 1e-9, k.text() + ": error " + f.relativeError());
    }

    @Property(tries = 100)
    void breakEvenRankSplitsCheaperFromDearer(@ForAll long seed) {
        Case k = randomCase(seed);
        int h = k.input().height(), w = k.input().width();
        int be = LayerFactorizer.breakEvenRank(k.w(), k.spec(), k.scheme(), h, w);
        long standard = LayerFactorizer.standardMultiplies(k.w(), k.spec(), h, w);
        int max = LayerFactorizer.maxRank(k.w(), k.scheme());
        for (int r = 1; r <= max; r++) {
            long m = LayerFactorizer.multiplies(k.w(), k.spec(), k.scheme(), r, r, h, w);
            assertEquals(r <= be, m < standard, k.text() + " rank " + r + ": " + m + " vs standard " + standard);
        }
    }

    static double relativeError(Weights a, Weights b) {
        double d = 0, n = 0;
        for (int i = 0; i < a.size(); i++) {
            double e = a.data()[i] - b.data()[i];
            d += e * e;
            n += (double) a.data()[i] * a.data()[i];
        }
        return n == 0 ? 0 : Math.sqrt(d / n);
    }


}
