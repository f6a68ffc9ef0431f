package org.convlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.convlab.engine.KernelSvd;
import org.convlab.engine.Weights;
import org.convlab.io.AtomicFiles;
import org.convlab.io.Npy;
import org.convlab.io.NpyArray;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factor}: the SVD of every kernel slice, its numerical rank and the best rank-r approximation. */
@Command(name = "factor", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Factors each kH×kW kernel slice K with the SVD: K = Σ s_i·u_i·v_iᵀ (singular values descending).",
            "Prints the singular values, the numerical rank (relative error ≤ " + KernelSvd.RANK_TOLERANCE + "),"
                    + " the relative error ‖K−K_r‖/‖K‖ for every rank r, and the column (kH×1) and row (1×kW)"
                    + " vectors of rank 1 (each scaled by √s_1), which a spatial-separable convolution uses.",
            "Weights: .npy kH×kW or F×Cg×kH×kW (float32/float64, little-endian, C order).",
            "Errors: one line on stderr, exit 2, and no output file is written."})
public final class FactorCommand implements Callable<Integer> {
    static final int MAX_PRINTED = 16;

    @Spec CommandSpec spec;

    @Option(names = "--weights", required = true, paramLabel = "W.npy", description = "kernel kH×kW or weights F×Cg×kH×kW")
    Path weights;
    @Option(names = "--rank", paramLabel = "R", defaultValue = "1", description = "rank r of the approximation K_r, 1..min(kH,kW) (default ${DEFAULT-VALUE})")
    int rank;
    @Option(names = "--out", paramLabel = "K_R.npy", description = "save K_r (same shape as the weights, float32)")
    Path out;
    @Option(names = "--singular-values", paramLabel = "S.npy",
            description = "save the singular values: (min(kH,kW),) for one kernel, F×Cg×min(kH,kW) for a weight tensor")
    Path singularValues;

    @Override public Integer call() throws Exception {
        CliFiles.requireExtension(out, "--out", ".npy");
        CliFiles.requireExtension(singularValues, "--singular-values", ".npy");
        if (out != null && singularValues != null
                && out.toAbsolutePath().normalize().equals(singularValues.toAbsolutePath().normalize())) {
            throw new CliException("the same file " + out + " is given for --out and --singular-values");
        }
        NpyArray a = CliFiles.npy(weights, "--weights");
        Weights w;
        try {
            w = a.toWeights("--weights");
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
        int kh = w.kernelHeight(), kw = w.kernelWidth(), n = Math.min(kh, kw);
        if (rank < 1 || rank > n) {
            throw new CliException("--rank " + rank + " is out of range for the " + kh + "×" + kw + " kernels of " + weights + " (1 to " + n + ")");
        }
        List<KernelSvd> svds = new ArrayList<>();
        for (int f = 0; f < w.filters(); f++) {
            for (int c = 0; c < w.channelsPerGroup(); c++) svds.add(KernelSvd.of(w.slice(f, c), kh, kw));
        }
        save(a, w, svds);
        print(w, svds);
        return 0;
    }

    private void save(NpyArray a, Weights w, List<KernelSvd> svds) throws Exception {
        int plane = w.kernelHeight() * w.kernelWidth(), n = svds.get(0).maxRank();
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            if (out != null) {
                float[] k = new float[w.size()];
                for (int i = 0; i < svds.size(); i++) System.arraycopy(svds.get(i).approximation(rank), 0, k, i * plane, plane);
                byte[] bytes = Npy.toBytes(a.shape(), k);
                batch.stage(out, o -> o.write(bytes));
            }
            if (singularValues != null) {
                float[] s = new float[svds.size() * n];
                for (int i = 0; i < svds.size(); i++) {
                    double[] v = svds.get(i).singularValues();
                    for (int j = 0; j < n; j++) s[i * n + j] = (float) v[j];
                }
                int[] shape = a.rank() == 2 ? new int[] {n} : new int[] {w.filters(), w.channelsPerGroup(), n};
                byte[] bytes = Npy.toBytes(shape, s);
                batch.stage(singularValues, o -> o.write(bytes));
            }
            batch.commit();
        }
    }

    private void print(Weights w, List<KernelSvd> svds) {
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%s: weights %s, %d kernel slice%s of %d×%d%n", weights, w.shapeString(), svds.size(),
                svds.size() == 1 ? "" : "s", w.kernelHeight(), w.kernelWidth());
        for (int i = 0; i < svds.size() && i < MAX_PRINTED; i++) {
            KernelSvd k = svds.get(i);
            if (svds.size() > 1) o.printf(Locale.ROOT, "slice [filter %d, channel %d]%n", i / w.channelsPerGroup(), i % w.channelsPerGroup());
            o.println("  singular values: " + fmt(k.singularValues()));
            o.println("  numerical rank:  " + k.numericalRank() + (k.isSeparable() ? " (separable)" : " (not separable)"));
            StringBuilder e = new StringBuilder("  relative error ‖K−K_r‖/‖K‖:");
            for (int r = 1; r <= k.maxRank(); r++) e.append("  r=").append(r).append(": ").append(num(k.relativeError(r)));
            o.println(e);
            o.println("  rank 1 column (kH×1): " + fmt(k.column(0)));
            o.println("  rank 1 row    (1×kW): " + fmt(k.row(0)));
        }
        if (svds.size() > MAX_PRINTED) {
            o.println("... " + (svds.size() - MAX_PRINTED) + " more slices not shown (--singular-values saves all)");
        }
        if (out != null) o.println("wrote " + out + " (rank " + rank + " approximation)");
        if (singularValues != null) o.println("wrote " + singularValues);
        o.flush();
    }

    static String fmt(double[] v) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) sb.append(i == 0 ? "" : ", ").append(num(v[i]));
        return sb.append(']').toString();
    }

    /** Six significant digits without trailing zeros: 3.4641, 0, -1.31607, 1.01349e-16. */
    static String num(double v) {
        if (v == 0) return "0";
        String s = String.format(Locale.ROOT, "%.6g", v);
        int e = s.indexOf('e');
        String mant = e < 0 ? s : s.substring(0, e), exp = e < 0 ? "" : s.substring(e);
        if (mant.contains(".")) mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
        return mant + exp;
    }
}
