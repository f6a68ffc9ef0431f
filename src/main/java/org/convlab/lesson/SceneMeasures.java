package org.convlab.lesson;

import org.convlab.engine.ConvResult;
import org.convlab.engine.Convolutions;

/**
 * The numbers a question can measure on a step's scene, all computed by the engine: counted
 * multiplies and additions, parameters, output size, the ratio to the standard convolution of the
 * same geometry, the low-rank kernel error and the relative output error against the standard
 * convolution on the scene's own image.
 */
public final class SceneMeasures {
    private SceneMeasures() { }

    /** The value of {@code m} for a built scene and its result ({@code standard} is run only when needed). */
    public static double measure(Question.Measure m, SceneBuilder.Built b, ConvResult r) {
        return switch (m) {
            case MULTIPLIES -> r.counts().multiplies();
            case ADDITIONS -> r.counts().additions();
            case PARAMETERS -> r.parameters();
            case OUTPUT_HEIGHT -> r.output().height();
            case OUTPUT_WIDTH -> r.output().width();
            case KERNEL_ERROR -> r.relativeError();
            case RATIO -> (double) standard(b).counts().multiplies() / r.counts().multiplies();
            case OUTPUT_ERROR -> outputError(r, standard(b));
            case ACCURACY, NETWORK_MULTIPLIES, FACTOR_ERROR -> throw new IllegalArgumentException(m.id() + " is measured on a model (ModelMeasures)");
        };
    }

    static ConvResult standard(SceneBuilder.Built b) { return Convolutions.run(b.standardRequest()); }

    /** ‖out − ref‖_F / ‖ref‖_F (0 when both are zero). */
    public static double outputError(ConvResult r, ConvResult ref) {
        float[] a = r.output().data(), e = ref.output().data();
        if (a.length != e.length) throw new IllegalArgumentException("outputs differ in size");
        double d2 = 0, n2 = 0;
        for (int i = 0; i < a.length; i++) {
            double d = (double) a[i] - e[i];
            d2 += d * d;
            n2 += (double) e[i] * e[i];
        }
        return n2 == 0 ? Math.sqrt(d2) : Math.sqrt(d2 / n2);
    }
}
