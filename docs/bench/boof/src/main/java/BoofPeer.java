import boofcv.alg.filter.convolve.ConvolveImage;
import boofcv.concurrency.BoofConcurrency;
import boofcv.core.image.border.FactoryImageBorder;
import boofcv.struct.border.BorderType;
import boofcv.struct.border.ImageBorder_F32;
import boofcv.struct.convolve.Kernel1D_F32;
import boofcv.struct.convolve.Kernel2D_F32;
import boofcv.struct.image.GrayF32;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * BoofCV 1.2.2 on ConvLab's hd workloads: a 1920x1080 planar RGB float image (ConvLab's test pattern),
 * a KxK Gaussian (sigma K/6) on each band, zero border, direct 2D ({@code ConvolveImage.convolve}) and
 * separable (horizontal then vertical into a preallocated temporary); outputs preallocated.
 * Usage: BoofPeer THREADS [warm-up] [timed]. Prints one JSON object {workload: {median_ms, cpu_ms}}: the
 * median wall time of the timed runs and the median process CPU time (all threads) per run.
 */
public class BoofPeer {
    interface Op { void run(); }

    /** CPU time so far of all live threads of this JVM, ns (as ConvLab's bench measures it). */
    static long cpuNanos() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : mx.getAllThreadIds()) {
            long t = mx.getThreadCpuTime(id);
            if (t > 0) sum += t;
        }
        return sum;
    }

    static double med(double[] t) {
        Arrays.sort(t);
        int n = t.length;
        return n % 2 == 1 ? t[n / 2] : 0.5 * (t[n / 2 - 1] + t[n / 2]);
    }

    static double[] median(Op op, int warm, int n) {
        for (int i = 0; i < warm; i++) op.run();
        double[] t = new double[n], c = new double[n];
        for (int i = 0; i < n; i++) {
            long c0 = cpuNanos(), s = System.nanoTime();
            op.run();
            t[i] = (System.nanoTime() - s) / 1e6;
            c[i] = (cpuNanos() - c0) / 1e6;
        }
        return new double[] {med(t), med(c)};
    }

    static float[] gauss1d(int k) {
        double sigma = k / 6.0, sum = 0;
        float[] g = new float[k];
        for (int i = 0; i < k; i++) {
            double x = i - (k - 1) / 2.0;
            g[i] = (float) Math.exp(-x * x / (2 * sigma * sigma));
            sum += g[i];
        }
        for (int i = 0; i < k; i++) g[i] /= sum;
        return g;
    }

    public static void main(String[] a) {
        int threads = Integer.parseInt(a[0]);
        int warm = a.length > 1 ? Integer.parseInt(a[1]) : 8, n = a.length > 2 ? Integer.parseInt(a[2]) : 15;
        BoofConcurrency.USE_CONCURRENT = threads > 1;
        if (threads > 1) BoofConcurrency.setMaxThreads(threads);
        int w = 1920, h = 1080;
        GrayF32[] in = new GrayF32[3], out = new GrayF32[3];
        GrayF32 tmp = new GrayF32(w, h);
        for (int c = 0; c < 3; c++) {
            in[c] = new GrayF32(w, h);
            out[c] = new GrayF32(w, h);
            for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
                in[c].data[y * w + x] = (float) (0.5 + 0.25 * Math.sin(x * 0.031 + c) + 0.25 * Math.cos(y * 0.017 * (c + 1)));
            }
        }
        ImageBorder_F32 zero = (ImageBorder_F32) FactoryImageBorder.single(BorderType.ZERO, GrayF32.class);
        Map<String, double[]> res = new LinkedHashMap<>();
        for (int k : new int[] {3, 7, 15}) {
            float[] g = gauss1d(k), g2 = new float[k * k];
            for (int i = 0; i < k; i++) for (int j = 0; j < k; j++) g2[i * k + j] = g[i] * g[j];
            Kernel2D_F32 k2 = new Kernel2D_F32(k, g2);
            Kernel1D_F32 k1 = new Kernel1D_F32(g, k);
            int w2 = k >= 15 ? Math.min(warm, 3) : warm, n2 = k >= 15 ? Math.min(n, 7) : n;
            res.put("hd-" + k + "x" + k + "-direct", median(() -> {
                for (int c = 0; c < 3; c++) ConvolveImage.convolve(k2, in[c], out[c], zero);
            }, w2, n2));
            res.put("hd-" + k + "x" + k + "-separable", median(() -> {
                for (int c = 0; c < 3; c++) {
                    ConvolveImage.horizontal(k1, in[c], tmp, zero);
                    ConvolveImage.vertical(k1, tmp, out[c], zero);
                }
            }, warm, n));
        }
        StringBuilder sb = new StringBuilder("{");
        res.forEach((key, v) -> sb.append(sb.length() > 1 ? ", " : "").append('"').append(key).append("\": ")
                .append(String.format(Locale.ROOT, "{\"median_ms\": %.3f, \"cpu_ms\": %.3f}", v[0], v[1])));
        System.out.println(sb.append('}'));
    }
}
