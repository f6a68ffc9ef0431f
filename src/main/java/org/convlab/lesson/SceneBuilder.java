package org.convlab.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.convlab.engine.ConvRequest;
import org.convlab.engine.ConvResult;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Convolutions;
import org.convlab.engine.KernelBank;
import org.convlab.engine.KernelPresets;
import org.convlab.engine.Method;
import org.convlab.engine.ShapeException;
import org.convlab.engine.Tensor;
import org.convlab.engine.Weights;

/**
 * Turns a {@link Scene} into engine inputs, headless: the image tensor, the kernel bank, the
 * convolution spec, the method and the rank. The player, the export command and the checker
 * all use it, so a lesson step shows the same numbers everywhere.
 */
public final class SceneBuilder {
    private SceneBuilder() { }

    /**
     * Where relative names are looked up.
     *
     * @param lessonDir the folder of the lesson file (image files are relative to it)
     * @param assetsDir the sample images folder ({@code assets/}), may be null
     */
    public record Context(Path lessonDir, Path assetsDir) {
        /**
         * For a lesson file: samples come from the {@code convlab.assets} system property if set,
         * else {@code assets/} beside the lesson folder, else {@code assets/} in the working folder.
         */
        public static Context forLesson(Path lessonFile) {
            Path dir = lessonFile.toAbsolutePath().getParent();
            String prop = System.getProperty("convlab.assets");
            Path assets;
            if (prop != null && !prop.isBlank()) assets = Path.of(prop);
            else if (dir.getParent() != null && Files.isDirectory(dir.getParent().resolve("assets"))) assets = dir.getParent().resolve("assets");
            else assets = Path.of("assets").toAbsolutePath();
            return new Context(dir, assets);
        }
    }

    /** The engine inputs of one scene. */
    public record Built(Scene scene, Tensor image, KernelBank bank, ConvSpec spec, Method method, int rank) {
        /** The request the scene's method runs (weights chosen from the bank for the method). */
        public ConvRequest request() {
            ConvRequest r = bank.request(method, image, spec, rank);
            return method == Method.DEPTHWISE_SEPARABLE || method == Method.SPATIAL_SEPARABLE || method == Method.LOW_RANK
                    ? r.keepingIntermediate() : r;
        }

        /** The same scene computed as a standard convolution, for comparisons. */
        public ConvRequest standardRequest() { return bank.request(Method.STANDARD, image, spec, 1); }

        /** Runs the scene's method with the engine (throws ShapeException if the engine refuses). */
        public ConvResult run() { return Convolutions.run(request()); }
    }

    public static Built build(Scene scene, Context ctx) {
        if (scene.image() == null) throw new SceneException("image", "missing image: the scene names no image");
        Tensor image = image(scene, ctx);
        KernelBank bank = bank(scene);
        ConvSpec spec;
        try {
            spec = new ConvSpec(scene.strideH(), scene.strideW(), scene.padding(), scene.dilationH(), scene.dilationW(), 1);
        } catch (ShapeException e) {
            throw new SceneException("padding", e.getMessage(), e);
        }
        return new Built(scene, image, bank, spec, scene.method(), scene.rank());
    }

    static Tensor image(Scene scene, Context ctx) {
        Scene.ImageRef ref = scene.image();
        int c = scene.channels();
        switch (ref.source()) {
            case PATTERN:
                return Patterns.generate(ref.name(), ref.height(), ref.width(), c);
            case SAMPLE: {
                Path p = SceneImages.findSample(ctx.assetsDir(), ref.name());
                if (p == null) {
                    var known = SceneImages.sampleNames(ctx.assetsDir());
                    throw new SceneException("image", "missing image: no sample '" + ref.name() + "' in " + ctx.assetsDir()
                            + (known.isEmpty() ? " (no samples there; patterns: " + String.join(", ", Patterns.NAMES) + ")"
                            : Suggest.hint(ref.name(), known)));
                }
                return read(p, ref, c);
            }
            default: {
                Path p = ctx.lessonDir().resolve(ref.name()).normalize();
                if (!Files.isRegularFile(p)) throw new SceneException("image", "missing image: file " + p + " does not exist");
                return read(p, ref, c);
            }
        }
    }

    private static Tensor read(Path p, Scene.ImageRef ref, int channels) {
        try {
            return SceneImages.load(p, ref.height(), ref.width(), channels);
        } catch (IOException e) {
            throw new SceneException("image", e.getMessage(), e);
        }
    }

    static KernelBank bank(Scene scene) {
        Scene.KernelRef k = scene.kernel();
        if (k == null) throw new SceneException("kernel", "the scene has no usable kernel");
        float[] kernel;
        if (k.isExplicit()) {
            kernel = new float[k.height() * k.width()];
            for (int y = 0; y < k.height(); y++) System.arraycopy(k.weights()[y], 0, kernel, y * k.width(), k.width());
        } else {
            try {
                kernel = KernelPresets.create(k.preset(), k.height(), k.width(), k.param());
            } catch (ShapeException e) {
                throw new SceneException("kernel.size", "wrong shape: " + e.getMessage(), e);
            }
        }
        int c = scene.channels(), f = scene.filters();
        KernelBank bank = KernelBank.of(kernel, k.height(), k.width(), c, f);
        if (k.perChannel() != null) {
            if (k.perChannel().length != c) {
                throw new SceneException("kernel.per-channel", "wrong shape: per-channel lists " + k.perChannel().length
                        + " kernel(s) but the scene has " + c + " channel(s); give one per channel");
            }
            Weights dw = new Weights(c, 1, k.height(), k.width());
            for (int ch = 0; ch < c; ch++) {
                for (int y = 0; y < k.height(); y++) {
                    for (int x = 0; x < k.width(); x++) dw.set(ch, 0, y, x, k.perChannel()[ch][y][x]);
                }
            }
            bank = new KernelBank(bank.kernel(), dw, bank.pointwise(), KernelBank.compose(dw, bank.pointwise()));
        }
        if (k.pointwise() == null) return bank;
        float[][] m = k.pointwise();
        if (m.length != f || m[0].length != c) {
            throw new SceneException("kernel.pointwise", "wrong shape: the pointwise matrix is " + m.length + "×" + m[0].length
                    + " but the scene has " + f + " filter(s) × " + c + " channel(s); it needs " + f + " rows of " + c + " values");
        }
        Weights pw = new Weights(f, c, 1, 1);
        for (int i = 0; i < f; i++) for (int j = 0; j < c; j++) pw.set(i, j, 0, 0, m[i][j]);
        return new KernelBank(bank.kernel(), bank.depthwise(), pw, KernelBank.compose(bank.depthwise(), pw));
    }
}
