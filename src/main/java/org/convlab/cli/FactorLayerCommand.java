package org.convlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Padding;
import org.convlab.engine.ShapeException;
import org.convlab.engine.Weights;
import org.convlab.engine.factor.LayerFactorization;
import org.convlab.engine.factor.LayerFactorizer;
import org.convlab.engine.factor.Scheme;
import org.convlab.engine.factor.Stage;
import org.convlab.io.AtomicDirectory;
import org.convlab.io.AtomicFiles;
import org.convlab.io.Npy;
import org.convlab.io.NpyArray;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factor-layer}: one whole layer factored by a reduced-rank scheme, its stages written as .npy. */
@Command(name = "factor-layer", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Factors a whole F×C×kH×kW layer at a reduced rank into a chain of convolutions.",
            "%nSchemes (docs/FACTOR_LAYER.md):",
            "  filter-svd           W as F×(C·kH·kW): r filters C×kH×kW, then 1×1 r→F",
            "  spatial-svd          W as (C·kH)×(kW·F): kH×1 C→r, then 1×kW r→F",
            "  depthwise-separable  each W[:,c] as F×(kH·kW): depthwise with multiplier",
            "                       m = R, then 1×1 m·C→F",
            "  tucker2              HOSVD: 1×1 C→R, kH×kW R→R2, then 1×1 R2→F",
            "%nWrites into a new folder each stage's weights (stageK-NAME.npy,",
            "F×(C/groups)×kH×kW, in run order), reconstructed.npy and factorization.json",
            "(scheme, ranks, stages, relativeError, parameters, multiplies,",
            "standardMultiplies, breakEvenRank). Running the stages in order equals",
            "convolving with the reconstructed kernel.",
            "Errors: one line on stderr, exit 2, and the folder is not created.%n"})
public final class FactorLayerCommand implements Callable<Integer> {
    static final String JSON_FILE = "factorization.json";
    static final String RECONSTRUCTED_FILE = "reconstructed.npy";

    @Spec CommandSpec spec;

    @Option(names = "--weights", required = true, paramLabel = "W.npy", description = "layer weights F×C×kH×kW (or one kH×kW kernel)")
    Path weights;
    @Option(names = "--scheme", required = true, paramLabel = "S",
            description = "filter-svd, spatial-svd, depthwise-separable or tucker2")
    String scheme;
    @Option(names = "--rank", required = true, paramLabel = "R", description = "rank r (multiplier m for depthwise-separable, R_in for tucker2)")
    int rank;
    @Option(names = "--rank2", paramLabel = "R2", description = "tucker2 only: R_out (default: R)")
    Integer rank2;
    @Option(names = "--input", paramLabel = "HxW", defaultValue = "32x32",
            description = "input size for the multiplies and the break-even rank (default ${DEFAULT-VALUE})")
    String input;
    @Option(names = "--stride", paramLabel = "S|SH,SW", defaultValue = "1", description = "the layer's stride (default ${DEFAULT-VALUE})")
    String stride;
    @Option(names = "--padding", paramLabel = "P|PH,PW|same|valid", defaultValue = "0",
            description = "the layer's zero padding (default ${DEFAULT-VALUE})")
    String padding;
    @Option(names = "--dilation", paramLabel = "D|DH,DW", defaultValue = "1", description = "the layer's dilation (default ${DEFAULT-VALUE})")
    String dilation;
    @Option(names = "--out-dir", required = true, paramLabel = "DIR", description = "a new (or empty) folder for the stage files and the JSON")
    Path outDir;
    @Option(names = "--json", description = "print the JSON on stdout instead of the summary")
    boolean json;

    @Override public Integer call() throws Exception {
        Scheme s = parseScheme();
        if (rank2 != null && s != Scheme.TUCKER2) throw new CliException("--rank2 applies to tucker2 only, not to " + s.id());
        int[] hw = parseInput(input);
        ConvSpec layer = layerSpec();
        NpyArray a = CliFiles.npy(weights, "--weights");
        Weights w;
        try {
            w = a.toWeights("--weights");
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
        try {
            layer.geometry(hw[0], hw[1], w.kernelHeight(), w.kernelWidth());
        } catch (ShapeException e) {
            throw new CliException("--input " + input + ": " + e.getMessage(), e);
        }
        LayerFactorization f;
        FactorLayerReport report;
        try {
            int[] max = LayerFactorizer.maxRanks(w, s);
            checkRank("--rank", rank, max[0], w, s);
            if (rank2 != null) checkRank("--rank2", rank2, max[1], w, s);
            f = LayerFactorizer.factor(w, layer, s, rank, rank2 == null ? 0 : rank2);
            report = FactorLayerReport.of(weights, w, layer, f, hw[0], hw[1]);
        } catch (ShapeException e) {
            throw new CliException(e.getMessage(), e);
        }
        write(f, report);
        var out = spec.commandLine().getOut();
        out.print(json ? report.json() + "\n" : report.text(outDir));
        out.flush();
        return 0;
    }

    private Scheme parseScheme() {
        try {
            return Scheme.parse(scheme);
        } catch (ShapeException e) {
            throw new CliException("--scheme: " + e.getMessage(), e);
        }
    }

    private void checkRank(String option, int r, int max, Weights w, Scheme s) {
        if (r < 1 || r > max) {
            throw new CliException(option + " " + r + " is out of range for " + s.id() + " of the " + w.shapeString()
                    + " weights in " + weights + " (1 to " + max + ")");
        }
    }

    static int[] parseInput(String s) {
        String[] p = s.strip().split("\\s*[xX×,]\\s*");
        try {
            if (p.length == 2) {
                int h = Integer.parseInt(p[0]), w = Integer.parseInt(p[1]);
                if (h > 0 && w > 0) return new int[] {h, w};
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new CliException("--input must be HxW with positive whole numbers, e.g. 14x14, got '" + s + "'");
    }

    private ConvSpec layerSpec() {
        try {
            int[] st = ConvSpec.parsePair(stride, "--stride"), d = ConvSpec.parsePair(dilation, "--dilation");
            Padding p = Padding.parse(padding);
            if (p.mode() == Padding.Mode.SAME && (st[0] != 1 || st[1] != 1)) {
                throw new CliException("--padding same needs --stride 1 (as in PyTorch), got --stride " + stride);
            }
            return new ConvSpec(st[0], st[1], p, d[0], d[1], 1);
        } catch (ShapeException e) {
            String m = e.getMessage();
            throw new CliException(m.startsWith("--") ? m : "--" + m, e);
        }
    }

    private void write(LayerFactorization f, FactorLayerReport report) throws IOException {
        Map<String, AtomicFiles.Content> files = new LinkedHashMap<>();
        List<Stage> stages = f.stages();
        for (int i = 0; i < stages.size(); i++) {
            Weights sw = stages.get(i).weights();
            byte[] bytes = Npy.toBytes(new int[] {sw.filters(), sw.channelsPerGroup(), sw.kernelHeight(), sw.kernelWidth()}, sw.data());
            files.put(FactorLayerReport.stageFile(i, stages.get(i)), o -> o.write(bytes));
        }
        Weights r = f.reconstructed();
        byte[] rec = Npy.toBytes(new int[] {r.filters(), r.channelsPerGroup(), r.kernelHeight(), r.kernelWidth()}, r.data());
        files.put(RECONSTRUCTED_FILE, o -> o.write(rec));
        byte[] js = (report.json() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        files.put(JSON_FILE, o -> o.write(js));
        AtomicDirectory.write(outDir, files);
    }
}
