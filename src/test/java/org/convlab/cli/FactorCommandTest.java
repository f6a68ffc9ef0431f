package org.convlab.cli;

import static org.convlab.cli.CliTestSupport.assertError;
import static org.convlab.cli.CliTestSupport.reference;
import static org.convlab.cli.CliTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convlab.cli.CliTestSupport.Run;
import org.convlab.io.Npy;
import org.convlab.io.NpyArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factor} against numpy.linalg.svd reference data, and its errors. */
class FactorCommandTest {
    @TempDir Path tmp;

    @Test
    void rankTwoApproximationAndSingularValuesMatchNumpy() throws Exception {
        String k = "lr_rank2_stride_bias"; // weights 3×2×5×5, K_2 and singular values from numpy
        Path kr = tmp.resolve("k2.npy"), sv = tmp.resolve("s.npy");
        Run r = run("factor", "--weights", reference(k, "w.npy").toString(), "--rank", "2", "--out", kr.toString(),
                "--singular-values", sv.toString());
        assertEquals(0, r.code(), r.err());
        NpyArray expK = Npy.read(reference(k, "k_r.npy")), gotK = Npy.read(kr);
        assertArrayEquals(new int[] {3, 2, 5, 5}, gotK.shape());
        for (int i = 0; i < expK.data().length; i++) assertEquals(expK.data()[i], gotK.data()[i], 1e-6, "K_2 at " + i);
        NpyArray expS = Npy.read(reference(k, "sv.npy")), gotS = Npy.read(sv);
        assertArrayEquals(new int[] {3, 2, 5}, gotS.shape());
        for (int i = 0; i < expS.data().length; i++) assertEquals(expS.data()[i], gotS.data()[i], 1e-6, "s at " + i);
        assertTrue(r.out().contains("slice [filter 2, channel 1]"), r.out());
        assertTrue(r.out().contains("numerical rank:  5 (not separable)"), r.out());
    }

    @Test
    void separableKernelPrintsItsColumnAndRow() throws Exception {
        Path w = tmp.resolve("sobel.npy");
        Npy.write(w, new int[] {3, 3}, new float[] {1, 0, -1, 2, 0, -2, 1, 0, -1});
        Path sv = tmp.resolve("s.npy");
        Run r = run("factor", "--weights", w.toString(), "--singular-values", sv.toString());
        assertEquals(0, r.code(), r.err());
        // Sobel = [1,2,1]ᵀ·[1,0,−1]: s_1 = ‖[1,2,1]‖·‖[1,0,−1]‖ = √6·√2 = √12
        assertTrue(r.out().contains("singular values: [3.4641, "), r.out());
        assertTrue(r.out().contains("numerical rank:  1 (separable)"), r.out());
        String errs = r.out().lines().filter(l -> l.contains("r=1: ")).findFirst().orElseThrow();
        double e1 = Double.parseDouble(errs.substring(errs.indexOf("r=1: ") + 5).split("\\s+")[0]);
        assertTrue(e1 < 1e-12, errs);
        String col = r.out().lines().filter(l -> l.contains("column")).findFirst().orElseThrow();
        String row = r.out().lines().filter(l -> l.contains("row    (1×kW)")).findFirst().orElseThrow();
        double[] c = numbers(col), rw = numbers(row);
        double[][] sobel = {{1, 0, -1}, {2, 0, -2}, {1, 0, -1}};
        for (int y = 0; y < 3; y++) for (int x = 0; x < 3; x++) assertEquals(sobel[y][x], c[y] * rw[x], 1e-4);
        assertArrayEquals(new int[] {3}, Npy.read(sv).shape());
        assertEquals(Math.sqrt(12), Npy.read(sv).data()[0], 1e-5);
    }

    private static double[] numbers(String line) {
        String inside = line.substring(line.indexOf('[') + 1, line.indexOf(']'));
        return java.util.Arrays.stream(inside.split(",")).mapToDouble(s -> Double.parseDouble(s.trim())).toArray();
    }

    @Test
    void errors() throws Exception {
        Path out = tmp.resolve("k.npy"), sv = tmp.resolve("s.npy");
        List<Path> outs = List.of(out, sv);
        String w = reference("lr_rank1", "w.npy").toString(); // 1×1×5×5
        assertError(tmp, outs, List.of("--rank 6", "1 to 5"), "factor", "--weights", w, "--rank", "6", "--out", out.toString());
        assertError(tmp, outs, List.of("--rank 0"), "factor", "--weights", w, "--rank", "0", "--out", out.toString());
        assertError(tmp, outs, List.of("--weights", "none.npy", "no such file"), "factor", "--weights",
                tmp.resolve("none.npy").toString(), "--out", out.toString());
        assertError(tmp, outs, List.of("--weights", "x.npy", "not a weight tensor"), "factor", "--weights",
                reference("lr_rank1", "x.npy").toString(), "--out", out.toString());
        Path be = ConvolveCommandTest.header(tmp.resolve("be.npy"), ">f8", false, "(3, 3)", 72);
        assertError(tmp, outs, List.of("--weights", "be.npy", "big-endian"), "factor", "--weights", be.toString(), "--out", out.toString());
        Files.delete(be);
        assertError(tmp, outs, List.of("--out"), "factor", "--weights", w, "--out", out.toString(), "--singular-values", out.toString());
        assertError(tmp, outs, List.of("nowhere", "does not exist"), "factor", "--weights", w, "--out", out.toString(),
                "--singular-values", tmp.resolve("nowhere/s.npy").toString());
        assertError(tmp, outs, List.of("--weights"), "factor");
        assertTrue(run("factor", "--help").out().contains("--singular-values"));
    }
}
