package org.convlab.cli;

import com.google.gson.GsonBuilder;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.convlab.engine.ConvRequest;
import org.convlab.engine.ConvResult;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Convolutions;
import org.convlab.engine.KernelPresets;
import org.convlab.engine.Method;
import org.convlab.engine.Padding;
import org.convlab.engine.Parallel;
import org.convlab.engine.Tensor;
import org.convlab.engine.VectorPath;
import org.convlab.engine.Weights;
import org.convlab.engine.perf.RaceLayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench}: times the engine's fast paths on fixed workloads (full-HD RGB filters direct vs
 * spatial-separable, a MobileNet-style depthwise-separable block vs the standard conv, and the
 * reference loop on a small case for scale). Each workload is warmed up, then run N times;
 * median and minimum wall time are reported, with the multiply rate (GMAC/s, counted multiplies
 * over the median time) and the bytes the workload must move at least (input, weights and output
 * once, an intermediate written and read back). The fast workloads reuse their output tensor from
 * run to run (and the depthwise-separable block its intermediate), as an application (or OpenCV's
 * {@code dst}) would. {@code --json} prints one object
 * of medians.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time the convolution engine on fixed workloads (median and min of N runs, ms).",
            "Workloads: hd-KxK-direct / hd-KxK-separable (1920×1080 RGB, per-channel Gaussian, padding same, "
                + "K = 3, 7, 15), dws-block-112 / standard-112 (32→64 channels, 112×112, 3×3, padding 1), "
                + "small-reference / small-fast (3×128×128 → 16 filters 3×3, padding 1)."})
public final class BenchCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "15", description = "timed runs per workload (default ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "8", description = "untimed runs first, for the JIT (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--warmup-ms", paramLabel = "MS", defaultValue = "2000", description = {
        "keep warming up until this much time has passed too (default ${DEFAULT-VALUE}): the JIT compiles the Vector API",
        "kernels only after many calls, and a small workload would otherwise be timed before that"})
    int warmupMs;

    @Option(names = "--threads", paramLabel = "T", description = "engine threads (default: available processors)")
    Integer threads;

    @Option(names = "--only", paramLabel = "TEXT", description = "run only workloads whose name contains TEXT")
    String only;

    @Option(names = "--json", description = "print one JSON object {workload: median ms} and nothing else")
    boolean json;

    @Option(names = "--json-details", description = "print one JSON object {workload: {median_ms, min_ms, cpu_ms, "
            + "multiplies, bytes, gmac_per_s}} and nothing else (docs/bench/run_all.sh reads it)")
    boolean jsonDetails;

    /** One named workload: builds its request once; running what it returns is what is timed. */
    record Workload(String name, Supplier<Run> setup) { }

    /** A built workload: its request, and the call that is timed. */
    record Run(ConvRequest request, Supplier<ConvResult> body) {
        /** The fast path, recycling the previous run's output (and intermediate) tensors. */
        static Run fast(ConvRequest r) {
            ConvResult[] last = new ConvResult[1];
            return new Run(r, () -> last[0] = Convolutions.run(r, last[0]));
        }
    }

    @Override public Integer call() {
        if (iterations < 1) throw new IllegalArgumentException("--iterations must be ≥ 1, got " + iterations);
        if (warmup < 0) throw new IllegalArgumentException("--warmup must be ≥ 0, got " + warmup);
        if (warmupMs < 0) throw new IllegalArgumentException("--warmup-ms must be ≥ 0, got " + warmupMs);
        if (threads != null && threads < 1) throw new IllegalArgumentException("--threads must be ≥ 1, got " + threads);
        int before = Parallel.threads();
        try {
            if (threads != null) Parallel.setThreads(threads);
            return measure();
        } finally {
            Parallel.setThreads(before);
        }
    }

    private int measure() {
        List<Workload> all = workloads();
        List<Workload> chosen = new ArrayList<>();
        for (Workload w : all) if (only == null || w.name().contains(only)) chosen.add(w);
        if (chosen.isEmpty()) throw new IllegalArgumentException("--only '" + only + "' matches no workload");
        PrintWriter out = spec.commandLine().getOut();
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        boolean quiet = json || jsonDetails;
        if (!quiet) {
            out.printf(Locale.ROOT, "engine threads %d on %d processors, load average %.1f, %d warm-up + %d timed runs per workload, %s%n",
                    Parallel.threads(), os.getAvailableProcessors(), os.getSystemLoadAverage(), warmup, iterations,
                    System.getProperty("java.vm.name") + " " + Runtime.version());
            out.println("kernels: " + VectorPath.describe());
            out.println("median/min = wall time; cpu = median CPU time of all JVM threads per run (less sensitive to other load);");
            out.println("GMAC/s = counted multiplies / median time; MB = bytes at least moved (input, weights, output once; an intermediate twice)");
            out.printf(Locale.ROOT, "%-20s %10s %10s %10s %9s %9s %8s%n", "workload", "median ms", "min ms", "cpu ms",
                    "MMAC", "GMAC/s", "MB");
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        Map<String, Map<String, Object>> details = new LinkedHashMap<>();
        for (Workload w : chosen) {
            Run built = w.setup().get();
            Supplier<ConvResult> run = built.body();
            long warmEnd = System.nanoTime() + warmupMs * 1_000_000L;
            for (int i = 0; i < warmup || (warmup > 0 && System.nanoTime() < warmEnd); i++) run.get();
            ConvResult last = null;
            double[] ms = new double[iterations], cms = new double[iterations];
            for (int i = 0; i < iterations; i++) {
                long c0 = allThreadsCpuNanos();
                long t0 = System.nanoTime();
                last = run.get();
                ms[i] = (System.nanoTime() - t0) / 1e6;
                cms[i] = (allThreadsCpuNanos() - c0) / 1e6;
            }
            Arrays.sort(ms);
            Arrays.sort(cms);
            double median = iterations % 2 == 1 ? ms[iterations / 2] : (ms[iterations / 2 - 1] + ms[iterations / 2]) / 2;
            medians.put(w.name(), Math.round(median * 1000) / 1000.0);
            long mac = last.counts().multiplies(), bytes = bytesMoved(built.request(), last);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("median_ms", Math.round(median * 1000) / 1000.0);
            d.put("min_ms", Math.round(ms[0] * 1000) / 1000.0);
            d.put("cpu_ms", Math.round(cms[iterations / 2] * 1000) / 1000.0);
            d.put("multiplies", mac);
            d.put("bytes", bytes);
            d.put("gmac_per_s", Math.round(mac / (median * 1e6) * 1000) / 1000.0);
            details.put(w.name(), d);
            if (!quiet) {
                out.printf(Locale.ROOT, "%-20s %10.2f %10.2f %10.2f %9.1f %9.2f %8.1f%n", w.name(), median, ms[0],
                        cms[iterations / 2], mac / 1e6, mac / (median * 1e6), bytes / 1e6);
                out.flush();
            }
        }
        if (jsonDetails) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("kernels", VectorPath.describe());
            doc.put("threads", Parallel.threads());
            doc.put("workloads", details);
            out.println(new GsonBuilder().create().toJson(doc));
        } else if (json) {
            out.println(new GsonBuilder().create().toJson(medians));
        } else {
            out.printf(Locale.ROOT, "load average at the end %.1f%n", os.getSystemLoadAverage());
        }
        out.flush();
        return 0;
    }

    /**
     * Bytes a workload must move at least (4 per float): its input, weights and output once each, and
     * an intermediate (the depthwise stage's output, or a kept column-pass result) written and read back.
     */
    static long bytesMoved(ConvRequest q, ConvResult r) {
        long floats = (long) q.input().size() + q.weights().size() + r.output().size();
        if (q.pointwise() != null) floats += q.pointwise().size();
        if (r.intermediate() != null) floats += 2L * r.intermediate().size();
        return 4 * floats;
    }

    /** CPU time used so far by all live threads of this JVM (engine workers included), ns. */
    static long allThreadsCpuNanos() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : mx.getAllThreadIds()) {
            long t = mx.getThreadCpuTime(id);
            if (t > 0) sum += t;
        }
        return sum;
    }

    static List<Workload> workloads() {
        List<Workload> list = new ArrayList<>();
        for (int k : new int[] {3, 7, 15}) {
            list.add(new Workload("hd-" + k + "x" + k + "-direct", () -> Run.fast(perChannel(Method.DEPTHWISE, k))));
            list.add(new Workload("hd-" + k + "x" + k + "-separable", () -> Run.fast(perChannel(Method.SPATIAL_SEPARABLE, k))));
        }
        list.add(new Workload("dws-block-112", () -> Run.fast(ConvRequest.of(Method.DEPTHWISE_SEPARABLE, image(32, 112, 112),
                RaceLayer.weights(32, 1, 3, 3, 1), ConvSpec.DEFAULT.withPadding(Padding.of(1))).withPointwise(RaceLayer.weights(64, 32, 1, 1, 2)))));
        list.add(new Workload("standard-112", () -> Run.fast(ConvRequest.of(Method.STANDARD, image(32, 112, 112),
                RaceLayer.weights(64, 32, 3, 3, 3), ConvSpec.DEFAULT.withPadding(Padding.of(1))))));
        list.add(new Workload("small-reference", () -> {
            ConvRequest r = smallCase();
            return new Run(r, () -> Convolutions.runReference(r));
        }));
        list.add(new Workload("small-fast", () -> Run.fast(smallCase())));
        return list;
    }

    /** A K×K Gaussian on each channel of a 1920×1080 RGB image (what the live preview does). */
    static ConvRequest perChannel(Method method, int k) {
        Tensor in = image(3, 1080, 1920);
        float[] g = KernelPresets.create("gaussian", k, k, 0);
        Weights w = new Weights(3, 1, k, k);
        for (int c = 0; c < 3; c++) System.arraycopy(g, 0, w.data(), c * k * k, k * k);
        ConvSpec spec = ConvSpec.DEFAULT.withPadding(Padding.same()).withGroups(3);
        return ConvRequest.of(method, in, w, spec);
    }

    static ConvRequest smallCase() {
        return ConvRequest.of(Method.STANDARD, image(3, 128, 128), RaceLayer.weights(16, 3, 3, 3, 4),
                ConvSpec.DEFAULT.withPadding(Padding.of(1)));
    }

    /** A deterministic smooth test pattern with values in [0, 1]. */
    static Tensor image(int c, int h, int w) {
        Tensor t = new Tensor(c, h, w);
        float[] d = t.data();
        for (int ch = 0; ch < c; ch++) for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            d[(ch * h + y) * w + x] = (float) (0.5 + 0.25 * Math.sin(x * 0.031 + ch) + 0.25 * Math.cos(y * 0.017 * (ch + 1)));
        }
        return t;
    }
}
