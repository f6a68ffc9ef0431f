package org.convlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.convlab.engine.ConvRequest;
import org.convlab.engine.ConvResult;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Convolutions;
import org.convlab.engine.Method;
import org.convlab.engine.Padding;
import org.convlab.engine.ShapeException;
import org.convlab.engine.Tensor;
import org.convlab.engine.Weights;
import org.convlab.io.AtomicFiles;
import org.convlab.io.Npy;
import org.convlab.io.NpyArray;
import org.convlab.io.PngWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code convolve}: runs one convolution with the engine and saves output, intermediate and counts. */
@Command(name = "convolve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Convolves an input with weights (PyTorch conv2d conventions: cross-correlation, zero padding).",
            "Input: .npy (C×H×W, H×W as one channel, or 1×C×H×W; float32/float64, little-endian, C order) or an image"
                    + " (PNG/JPEG/BMP/GIF, read as RGB in [0,1]).",
            "Weights: .npy F×(C/groups)×kH×kW, or kH×kW; a kH×kW kernel on a C-channel input is applied to every"
                    + " channel separately (C×1×kH×kW, groups C), as image filters do.",
            "A summary (output shape, counted operations, formula) is printed. Errors: one line on stderr, exit 2,"
                    + " and no output file is written."},
        footer = {"", "PNG output: " + PngWriter.MAPPING_HELP,
            "", "Example: convolve --input photo.png --weights sobel_x.npy --method spatial-separable --out edges.png --counts c.json"})
public final class ConvolveCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "X", description = "input .npy or image (PNG/JPEG/BMP/GIF)")
    Path input;
    @Option(names = "--grayscale", description = "read an image input as one luma channel (0.299R+0.587G+0.114B)")
    boolean grayscale;
    @Option(names = "--weights", required = true, paramLabel = "W.npy",
            description = "weights F×Cg×kH×kW or kH×kW (depthwise: (m·C)×1×kH×kW; pointwise: F×C×1×1 or F×C)")
    Path weights;
    @Option(names = "--bias", paramLabel = "B.npy", description = "bias, one value per output filter, shape (F,)")
    Path bias;
    @Option(names = "--pointwise", paramLabel = "PW.npy",
            description = "depthwise-separable only: pointwise weights F×(m·C)×1×1 or F×(m·C)")
    Path pointwise;
    @Option(names = "--stride", paramLabel = "S|SH,SW", defaultValue = "1", description = "stride (default ${DEFAULT-VALUE})")
    String stride;
    @Option(names = "--padding", paramLabel = "P|PH,PW|same|valid", defaultValue = "0",
            description = "zero padding (default ${DEFAULT-VALUE}); 'same' needs stride 1, odd totals put the extra row/column bottom/right")
    String padding;
    @Option(names = "--dilation", paramLabel = "D|DH,DW", defaultValue = "1", description = "dilation (default ${DEFAULT-VALUE})")
    String dilation;
    @Option(names = "--groups", paramLabel = "G", description = "groups (default 1; depthwise uses C)")
    Integer groups;
    @Option(names = "--method", paramLabel = "M", defaultValue = "standard",
            description = "standard, depthwise, pointwise, depthwise-separable, spatial-separable, low-rank or grouped (with --groups G; default ${DEFAULT-VALUE})")
    String method;
    @Option(names = "--rank", paramLabel = "R", description = "low-rank only: singular pairs kept per kernel slice, 1..min(kH,kW) (default 1)")
    Integer rank;
    @Option(names = "--out", paramLabel = "Y.npy|Y.png", description = "output: .npy (float32 F×H_out×W_out) or .png (for viewing)")
    Path out;
    @Option(names = "--intermediate", paramLabel = "I.npy",
            description = "save the depthwise output (depthwise-separable) or the column-pass outputs"
                    + " (spatial-separable, low-rank: (F·Cg·r)×H_out×W_in, slice order f, c, i)")
    Path intermediate;
    @Option(names = "--counts", paramLabel = "COUNTS.json", description = "save counted and formula operations as JSON")
    Path counts;

    @Override public Integer call() throws Exception {
        Method m = parseMethod();
        if (rank != null && m != Method.LOW_RANK) throw new CliException("--rank applies only to --method low-rank (got --method " + m.id() + ")");
        if (pointwise != null && m != Method.DEPTHWISE_SEPARABLE) {
            throw new CliException("--pointwise applies only to --method depthwise-separable (got --method " + m.id() + ")");
        }
        if (pointwise == null && m == Method.DEPTHWISE_SEPARABLE) {
            throw new CliException("--method depthwise-separable needs --pointwise PW.npy (F×(m·C)×1×1)");
        }
        if (intermediate != null && !(m == Method.DEPTHWISE_SEPARABLE || m == Method.SPATIAL_SEPARABLE || m == Method.LOW_RANK)) {
            throw new CliException("--intermediate applies only to depthwise-separable, spatial-separable and low-rank (got --method " + m.id() + ")");
        }
        CliFiles.requireExtension(out, "--out", ".npy", ".png");
        CliFiles.requireExtension(intermediate, "--intermediate", ".npy");
        CliFiles.requireExtension(counts, "--counts", ".json");
        distinct();
        ConvSpec base = parseSpec();

        Tensor x = CliFiles.input(input, grayscale);
        NpyArray wa = CliFiles.npy(weights, "--weights");
        Weights w = toWeights(wa, m, x.channels());
        ConvSpec cs = base.withGroups(groupsFor(m, wa, x.channels()));
        float[] b = bias == null ? null : vector(CliFiles.npy(bias, "--bias"));
        Weights pw = pointwise == null ? null : pointwiseOf(CliFiles.npy(pointwise, "--pointwise"));
        int r = rank == null ? 1 : rank;
        if (m == Method.LOW_RANK) {
            int max = Math.min(w.kernelHeight(), w.kernelWidth());
            if (r < 1 || r > max) {
                throw new CliException("--rank " + r + " is out of range for the " + w.kernelHeight() + "×" + w.kernelWidth()
                        + " kernels of " + weights + " (1 to " + max + ")");
            }
        }
        ConvRequest req = new ConvRequest(m, x, w, pw, b, cs, r, intermediate != null);
        ConvResult res;
        try {
            res = Convolutions.run(req);
        } catch (ShapeException e) {
            throw new CliException("cannot convolve " + input + " (" + x.shapeString() + ") with " + weights + " ("
                    + w.shapeString() + "): " + e.getMessage(), e);
        }
        save(res);
        print(res, x, w, cs);
        return 0;
    }

    private Method parseMethod() {
        try {
            return Method.parse(method);
        } catch (IllegalArgumentException e) {
            throw new CliException("--method: " + e.getMessage());
        }
    }

    private ConvSpec parseSpec() {
        int[] s = pair(stride, "--stride"), d = pair(dilation, "--dilation");
        Padding p;
        try {
            p = Padding.parse(padding);
        } catch (IllegalArgumentException e) {
            throw new CliException("--padding must be P, PH,PW, same or valid with P ≥ 0, got '" + padding + "'");
        }
        if (groups != null && groups < 1) throw new CliException("--groups must be ≥ 1, got " + groups);
        if (p.mode() == Padding.Mode.SAME && (s[0] != 1 || s[1] != 1)) {
            throw new CliException("--padding same needs --stride 1 (as in PyTorch), got --stride " + stride);
        }
        return new ConvSpec(s[0], s[1], p, d[0], d[1], 1);
    }

    private static int[] pair(String v, String option) {
        try {
            int[] a = ConvSpec.parsePair(v, option);
            if (a[0] < 1 || a[1] < 1) throw new CliException(option + " must be ≥ 1, got '" + v + "'");
            return a;
        } catch (ShapeException e) {
            throw new CliException(e.getMessage());
        }
    }

    /** Weights for the method; a 2D kernel on C channels is repeated for every channel (groups C). */
    private Weights toWeights(NpyArray a, Method m, int c) {
        try {
            if (m == Method.POINTWISE) return a.toPointwise("--weights");
            Weights w = a.toWeights("--weights");
            if (a.rank() != 2 || c == 1) return w;
            int kh = w.kernelHeight(), kw = w.kernelWidth();
            float[] rep = new float[c * kh * kw];
            for (int i = 0; i < c; i++) System.arraycopy(w.data(), 0, rep, i * kh * kw, kh * kw);
            return new Weights(c, 1, kh, kw, rep);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    private int groupsFor(Method m, NpyArray wa, int c) {
        boolean perChannel = m == Method.DEPTHWISE || m == Method.DEPTHWISE_SEPARABLE
                || (wa.rank() == 2 && m != Method.POINTWISE && c > 1);
        if (!perChannel) return groups == null ? 1 : groups;
        if (groups != null && groups != c) {
            throw new CliException("--groups " + groups + " does not fit: " + (wa.rank() == 2 ? "a kH×kW kernel is applied to each of the "
                    : m.id() + " uses one group per channel, ") + c + " input channels, so groups is " + c);
        }
        return c;
    }

    private float[] vector(NpyArray a) {
        try {
            return a.toVector("--bias");
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    private Weights pointwiseOf(NpyArray a) {
        try {
            return a.toPointwise("--pointwise");
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    private void distinct() {
        Path[] all = {out, intermediate, counts};
        for (int i = 0; i < all.length; i++) for (int j = i + 1; j < all.length; j++) {
            if (all[i] != null && all[j] != null && all[i].toAbsolutePath().normalize().equals(all[j].toAbsolutePath().normalize())) {
                throw new CliException("the same file " + all[i] + " is given for two outputs");
            }
        }
    }

    private void save(ConvResult res) throws Exception {
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            if (out != null) {
                Tensor y = res.output();
                if (CliFiles.isPng(out)) {
                    var img = PngWriter.render(y);
                    batch.stage(out, o -> {
                        if (!javax.imageio.ImageIO.write(img, "png", o)) throw new java.io.IOException("no PNG writer");
                    });
                } else {
                    byte[] bytes = Npy.toBytes(new int[] {y.channels(), y.height(), y.width()}, y.data());
                    batch.stage(out, o -> o.write(bytes));
                }
            }
            if (intermediate != null) {
                Tensor t = res.intermediate();
                byte[] bytes = Npy.toBytes(new int[] {t.channels(), t.height(), t.width()}, t.data());
                batch.stage(intermediate, o -> o.write(bytes));
            }
            if (counts != null) {
                byte[] json = CountsJson.of(res, input, weights).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                batch.stage(counts, o -> o.write(json));
            }
            batch.commit();
        }
    }

    private void print(ConvResult res, Tensor x, Weights w, ConvSpec cs) {
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%s: input %s, weights %s%s, %s%n", res.method().id(), x.shapeString(), w.shapeString(),
                res.method() == Method.DEPTHWISE_SEPARABLE ? " then pointwise " + res.output().channels() + "×" + w.filters() + "×1×1" : "", cs);
        o.printf(Locale.ROOT, "output %s%s%n", res.output().shapeString(),
                res.intermediate() == null ? "" : ", intermediate " + res.intermediate().shapeString());
        o.printf(Locale.ROOT, "multiplies %d (formula %s = %s = %d)%n", res.counts().multiplies(), res.cost().formula(),
                res.cost().substituted(), res.cost().multiplies());
        o.printf(Locale.ROOT, "additions %d, parameters %d, elapsed %.3f ms%n", res.counts().additions(), res.parameters(),
                res.elapsedNanos() / 1e6);
        if (!res.factors().isEmpty()) {
            o.printf(Locale.ROOT, "rank %d, relative error ‖K−K_r‖/‖K‖ = %s; singular values of slice [0,0]: %s%n",
                    res.rank(), FactorCommand.num(res.relativeError()), FactorCommand.fmt(res.factors().get(0).singularValues()));
        }
        if (out != null) o.println("wrote " + out);
        if (intermediate != null) o.println("wrote " + intermediate);
        if (counts != null) o.println("wrote " + counts);
        o.flush();
    }
}
