package org.convlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Padding;
import org.convlab.io.NetworkLoader;
import org.convlab.network.LayerComparison;
import org.convlab.network.NetworkCost;
import org.convlab.network.NetworkCostModel;
import org.convlab.network.NetworkSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code convlab cost}: multiply-adds and parameters of one layer, or of a whole network. */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = {
            "Counts multiplies, additions and parameters of one layer (standard, depthwise-separable, "
                + "spatial-separable, low-rank) or of a whole network (as described vs. full convolutions).",
            "",
            "  convlab cost --network mobilenet-v1 [--alpha 0.75] [--resolution 192] [--json]",
            "  convlab cost --input 14x14x512 --kernel 3 --filters 512 [--stride 1] [--json]",
            ""},
        footer = {"", "Network files: see docs/NETWORKS.md. Mult-adds count weight multiplies; no biases, no batch-norm."})
public final class CostCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--network", paramLabel = "NAME|FILE",
            description = "A built-in network (mobilenet-v1, mobilenet-v1-shallow) or a .json network file.")
    String network;

    @Option(names = "--alpha", paramLabel = "A", description = "Width multiplier α in (0, 1] (networks only; default 1).")
    Double alpha;

    @Option(names = "--resolution", paramLabel = "N", description = "Input resolution N×N (networks only; default the file's, 224).")
    Integer resolution;

    @Option(names = "--input", paramLabel = "HxWxC", description = "Layer input, e.g. 14x14x512.")
    String input;

    @Option(names = "--kernel", paramLabel = "K|KH,KW", description = "Kernel size (default 3).")
    String kernel;

    @Option(names = "--filters", paramLabel = "F", description = "Output channels F.")
    Integer filters;

    @Option(names = "--stride", paramLabel = "S", description = "Stride (default 1).")
    Integer stride;

    @Option(names = "--padding", paramLabel = "P|PH,PW|same|valid",
            description = "Zero padding (default: same for stride 1, d·(K−1)/2 per side otherwise).")
    String padding;

    @Option(names = "--dilation", paramLabel = "D", description = "Dilation (default 1).")
    Integer dilation;

    @Option(names = "--groups", paramLabel = "G", description = "Groups of the standard convolution (default 1).")
    Integer groups;

    @Option(names = "--rank", paramLabel = "R", description = "Rank of the low-rank variant (default min(2, K)).")
    Integer rank;

    @Option(names = "--json", description = "Print one JSON object instead of tables.")
    boolean json;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if ((network == null) == (input == null)) {
            throw new CliException("give either --network NAME|FILE or --input HxWxC (see --help)");
        }
        if (network != null) {
            for (String[] o : new String[][] {{"--kernel", kernel}, {"--padding", padding}}) {
                if (o[1] != null) throw new CliException(o[0] + " applies to a single layer (--input), not to --network");
            }
            if (filters != null || stride != null || dilation != null || groups != null || rank != null) {
                throw new CliException("--filters, --stride, --dilation, --groups and --rank apply to --input, not to --network");
            }
            NetworkSpec net = NetworkLoader.resolve(network);
            double a = alpha == null ? 1.0 : alpha;
            NetworkCostModel.checkAlpha(a);
            NetworkCost cost = NetworkCostModel.compute(net, a, resolution == null ? net.resolution() : resolution);
            out.print(json ? CostReports.networkJson(cost) : CostReports.networkText(cost));
        } else {
            if (alpha != null || resolution != null) throw new CliException("--alpha and --resolution apply to --network, not to --input");
            if (filters == null) throw new CliException("--filters F is missing");
            int[] shape = parseShape(input);
            int[] k = kernel == null ? new int[] {3, 3} : parseKernel(kernel);
            int r = rank != null ? rank : Math.min(2, Math.min(k[0], k[1]));
            Padding p = padding == null ? null : Padding.parse(padding);
            LayerComparison cmp = LayerComparison.of(new LayerComparison.Query(shape[0], shape[1], shape[2], k[0], k[1], filters,
                    stride == null ? 1 : stride, p, dilation == null ? 1 : dilation, groups == null ? 1 : groups, r));
            out.print(json ? CostReports.layerJson(cmp) : CostReports.layerText(cmp));
        }
        out.flush();
        return 0;
    }

    /** {@code HxWxC} (also × or *), three whole numbers ≥ 1. */
    static int[] parseShape(String s) {
        String[] parts = s.trim().toLowerCase(Locale.ROOT).split("\\s*[x×*]\\s*");
        if (parts.length == 3) {
            try {
                int[] v = {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
                if (v[0] >= 1 && v[1] >= 1 && v[2] >= 1) return v;
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        throw new CliException("--input must be HxWxC with three whole numbers ≥ 1 (e.g. 14x14x512), got '" + s + "'");
    }

    static int[] parseKernel(String s) {
        int[] k;
        try {
            k = ConvSpec.parsePair(s.replace('x', ',').replace('×', ','), "--kernel");
        } catch (IllegalArgumentException e) {
            throw new CliException("--kernel must be K, KH,KW or KHxKW (whole numbers ≥ 1), got '" + s + "'");
        }
        if (k[0] < 1 || k[1] < 1) throw new CliException("--kernel must be ≥ 1, got '" + s + "'");
        return k;
    }
}
