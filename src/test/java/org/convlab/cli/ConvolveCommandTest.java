package org.convlab.cli;

import static org.convlab.cli.CliTestSupport.assertError;
import static org.convlab.cli.CliTestSupport.reference;
import static org.convlab.cli.CliTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.convlab.cli.CliTestSupport.Run;
import org.convlab.io.Npy;
import org.convlab.io.NpyArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convolve} end to end on files: outputs against torch reference data, and every error path. */
class ConvolveCommandTest {
    @TempDir Path tmp;

    private static void assertClose(NpyArray expected, NpyArray actual) {
        assertArrayEquals(expected.shape(), actual.shape());
        for (int i = 0; i < expected.data().length; i++) {
            assertEquals(expected.data()[i], actual.data()[i], 2e-5 * Math.max(1, Math.abs(expected.data()[i])), "at " + i);
        }
    }

    private static JsonObject json(Path p) throws Exception {
        return JsonParser.parseString(Files.readString(p)).getAsJsonObject();
    }

    @Test
    void standardWithStridePaddingAndBiasMatchesTorch() throws Exception {
        Path y = tmp.resolve("y.npy"), c = tmp.resolve("counts.json");
        String k = "std_stride2_pad1";
        Run r = run("convolve", "--input", reference(k, "x.npy").toString(), "--weights", reference(k, "w.npy").toString(),
                "--bias", reference(k, "b.npy").toString(), "--stride", "2", "--padding", "1", "--out", y.toString(),
                "--counts", c.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertClose(Npy.read(reference(k, "y.npy")), Npy.read(y));
        JsonObject j = json(c);
        // 4 filters, 5×5 output, 3 channels, 3×3 kernel
        assertEquals(4L * 5 * 5 * 3 * 3 * 3, j.get("multiplies").getAsLong());
        assertEquals(j.get("multiplies").getAsLong(), j.get("formulaMultiplies").getAsLong());
        assertEquals(4 * 3 * 3 * 3 + 4, j.get("parameters").getAsLong());
        assertEquals(4L * 5 * 5 * (3 * 3 * 3 - 1 + 1), j.get("additions").getAsLong());
        assertTrue(j.get("formula").getAsString().contains("H_out"));
        assertEquals("[4,5,5]", j.get("outputShape").toString());
        assertTrue(j.get("elapsedMs").getAsDouble() >= 0);
        assertTrue(r.out().contains("output 4×5×5") && r.out().contains("wrote " + y), r.out());
    }

    @Test
    void groupedMatchesTorch() throws Exception {
        Path y = tmp.resolve("yg.npy"), c = tmp.resolve("cg.json");
        String k = "grouped/g3_stride2_dil2";
        Run r = run("convolve", "--method", "grouped", "--groups", "3", "--input", reference(k, "x.npy").toString(),
                "--weights", reference(k, "w.npy").toString(), "--stride", "2", "--padding", "2", "--dilation", "2",
                "--out", y.toString(), "--counts", c.toString());
        assertEquals(0, r.code(), r.err());
        assertClose(Npy.read(reference(k, "y.npy")), Npy.read(y));
        JsonObject j = json(c);
        assertEquals("F·H_out·W_out·(C/G)·K_h·K_w", j.get("formula").getAsString());
        assertEquals(j.get("formulaMultiplies").getAsLong(), j.get("multiplies").getAsLong());
    }

    @Test
    void summaryWithoutOut() throws Exception {
        String k = "std_same_even";
        Run r = run("convolve", "--input", reference(k, "x.npy").toString(), "--weights", reference(k, "w.npy").toString(),
                "--padding", "same");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("output 2×7×6"), r.out());
        assertTrue(r.out().contains("multiplies " + (2 * 7 * 6 * 16) + " (formula F·H_out·W_out·(C/groups)·K_h·K_w = 2·7·6·1·4·4 = 1344)"), r.out());
    }

    @Test
    void depthwiseSeparableSavesOutputAndIntermediate() throws Exception {
        String k = "dws_basic";
        Path y = tmp.resolve("y.npy"), mid = tmp.resolve("mid.npy"), c = tmp.resolve("c.json");
        Run r = run("convolve", "--method", "depthwise-separable", "--input", reference(k, "x.npy").toString(),
                "--weights", reference(k, "w.npy").toString(), "--pointwise", reference(k, "pw.npy").toString(),
                "--bias", reference(k, "b.npy").toString(), "--padding", "1", "--out", y.toString(),
                "--intermediate", mid.toString(), "--counts", c.toString());
        assertEquals(0, r.code(), r.err());
        assertClose(Npy.read(reference(k, "y.npy")), Npy.read(y));
        assertClose(Npy.read(reference(k, "mid.npy")), Npy.read(mid));
        JsonObject j = json(c);
        assertEquals(3L * 8 * 8 * 9 + 5L * 8 * 8 * 3, j.get("multiplies").getAsLong());
        assertEquals(j.get("multiplies").getAsLong(), j.get("formulaMultiplies").getAsLong());
        assertEquals(3 * 9 + 5 * 3 + 5, j.get("parameters").getAsLong());
    }

    @Test
    void lowRankReportsSingularValuesAndRelativeError() throws Exception {
        String k = "lr_rank2_stride_bias";
        Path y = tmp.resolve("y.npy"), c = tmp.resolve("c.json"), mid = tmp.resolve("mid.npy");
        Run r = run("convolve", "--method", "low-rank", "--rank", "2", "--input", reference(k, "x.npy").toString(),
                "--weights", reference(k, "w.npy").toString(), "--bias", reference(k, "b.npy").toString(),
                "--stride", "2", "--padding", "1,1", "--out", y.toString(), "--counts", c.toString(), "--intermediate", mid.toString());
        assertEquals(0, r.code(), r.err());
        assertClose(Npy.read(reference(k, "y.npy")), Npy.read(y));
        JsonObject j = json(c);
        NpyArray sv = Npy.read(reference(k, "sv.npy"));
        assertEquals(6, j.getAsJsonArray("singularValues").size());
        for (int i = 0; i < 6; i++) {
            for (int s = 0; s < 5; s++) {
                assertEquals(sv.data()[i * 5 + s], j.getAsJsonArray("singularValues").get(i).getAsJsonArray().get(s).getAsDouble(), 1e-6);
            }
        }
        JsonObject manifest = JsonParser.parseString(Files.readString(reference(k, "../manifest.json"))).getAsJsonObject();
        double expectedErr = -1;
        for (var e : manifest.getAsJsonArray("cases")) {
            if (e.getAsJsonObject().get("name").getAsString().equals(k)) expectedErr = e.getAsJsonObject().get("relativeError").getAsDouble();
        }
        assertEquals(expectedErr, j.get("relativeError").getAsDouble(), 1e-6);
        assertEquals(j.get("multiplies").getAsLong(), j.get("formulaMultiplies").getAsLong());
        // column-pass intermediate: (F·Cg·r) × H_out × W_in = (3·2·2) × 4 × 9
        assertArrayEquals(new int[] {12, 4, 9}, Npy.read(mid).shape());
        assertTrue(r.out().contains("relative error"), r.out());
    }

    @Test
    void spatialSeparableImageToPngAppliesAKernelToEveryChannel() throws Exception {
        BufferedImage img = new BufferedImage(6, 5, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 5; y++) for (int x = 0; x < 6; x++) img.setRGB(x, y, 0x336699);
        Path png = tmp.resolve("in.png"), w = tmp.resolve("box.npy"), out = tmp.resolve("out.png"), outNpy = tmp.resolve("out.npy");
        ImageIO.write(img, "png", png.toFile());
        float[] box = new float[9];
        Arrays.fill(box, 1f / 9);
        Npy.write(w, new int[] {3, 3}, box);
        Run r = run("convolve", "--input", png.toString(), "--weights", w.toString(), "--method", "spatial-separable",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        BufferedImage res = ImageIO.read(out.toFile());
        assertEquals(4, res.getWidth());
        assertEquals(3, res.getHeight());
        assertEquals(0x336699, res.getRGB(1, 1) & 0xFFFFFF, "a box blur of a flat image is the same colour, shown as RGB");
        Run r2 = run("convolve", "--input", png.toString(), "--weights", w.toString(), "--grayscale", "--out", outNpy.toString());
        assertEquals(0, r2.code(), r2.err());
        NpyArray g = Npy.read(outNpy);
        assertArrayEquals(new int[] {1, 3, 4}, g.shape());
        assertEquals((0.299 * 0x33 + 0.587 * 0x66 + 0.114 * 0x99) / 255, g.data()[5], 1e-5);
    }

    @Test
    void everyErrorIsOneLineExitTwoAndLeavesNoFile() throws Exception {
        String k = "std_basic_bias";
        String x = reference(k, "x.npy").toString(), w = reference(k, "w.npy").toString(), b = reference(k, "b.npy").toString();
        Path y = tmp.resolve("y.npy"), c = tmp.resolve("c.json"), png = tmp.resolve("y.png");
        List<Path> outs = List.of(y, c, png);
        String[] ok = {"convolve", "--input", x, "--weights", w, "--out", y.toString(), "--counts", c.toString()};

        // files: missing, truncated, wrong dtype, Fortran order, big-endian, garbage PNG
        Path missing = tmp.resolve("missing.npy");
        assertError(tmp, outs, List.of("--input", "missing.npy", "no such file"), with(ok, "--input", missing.toString()));
        byte[] good = Files.readAllBytes(reference(k, "x.npy"));
        Path truncated = Files.write(tmp.resolve("truncated.npy"), Arrays.copyOf(good, good.length - 10));
        assertError(tmp, outs, List.of("--input", "truncated.npy", "truncated"), with(ok, "--input", truncated.toString()));
        Path ints = header(tmp.resolve("ints.npy"), "<i4", false, "(2, 7, 8)", 4 * 112);
        assertError(tmp, outs, List.of("--weights", "ints.npy", "'<i4'"), with(ok, "--weights", ints.toString()));
        Path fortran = header(tmp.resolve("fortran.npy"), "<f4", true, "(3, 2, 3, 3)", 4 * 54);
        assertError(tmp, outs, List.of("--weights", "fortran.npy", "Fortran"), with(ok, "--weights", fortran.toString()));
        Path big = header(tmp.resolve("big.npy"), ">f4", false, "(2, 7, 8)", 4 * 112);
        assertError(tmp, outs, List.of("--input", "big.npy", "big-endian"), with(ok, "--input", big.toString()));
        Path garbage = Files.writeString(tmp.resolve("garbage.png"), "<html>not a png</html>");
        assertError(tmp, outs, List.of("--input", "garbage.png"), with(ok, "--input", garbage.toString()));
        Path txt = Files.writeString(tmp.resolve("x.txt"), "1 2 3");
        assertError(tmp, outs, List.of("--input", "x.txt"), with(ok, "--input", txt.toString()));

        // NaN / Inf in input, weights, bias
        Path nanIn = tmp.resolve("nan_in.npy");
        float[] xs = Npy.read(reference(k, "x.npy")).data().clone();
        xs[17] = Float.NaN;
        Npy.write(nanIn, new int[] {2, 7, 8}, xs);
        assertError(tmp, outs, List.of("--input", "nan_in.npy", "NaN"), with(ok, "--input", nanIn.toString()));
        Path infW = tmp.resolve("inf_w.npy");
        float[] ws = Npy.read(reference(k, "w.npy")).data().clone();
        ws[3] = Float.POSITIVE_INFINITY;
        Npy.write(infW, new int[] {3, 2, 3, 3}, ws);
        assertError(tmp, outs, List.of("--weights", "inf_w.npy", "Infinity"), with(ok, "--weights", infW.toString()));

        // shapes, groups, output size, bias size
        String wOther = reference("std_stride2_pad1", "w.npy").toString(); // 4×3×3×3: expects 3 channels
        assertError(tmp, outs, List.of("x.npy", "w.npy", "3 channels per group", "2 channels"), with(ok, "--weights", wOther));
        assertError(tmp, outs, List.of("groups 2", "3 filters"), with(ok, "--groups", "2"));
        assertError(tmp, outs, List.of("groups 3", "2 input channels"), with(ok, "--groups", "3"));
        String big5 = reference("std_kernel_equals_input", "w.npy").toString(); // 3×2×5×4 on a 7×8 input is fine; use a 1×1 image
        assertError(tmp, outs, List.of("output height would be", "kernel 5"),
                with(ok, "--input", reference("std_1x1_image_pad", "x.npy").toString(), "--weights", big5));
        assertError(tmp, outs, List.of("bias has 2 values", "3 filters"), with(ok, "--bias", reference("std_valid", "b.npy").toString()));
        assertError(tmp, outs, List.of("--padding same needs --stride 1", "--stride 2"), with(ok, "--padding", "same", "--stride", "2"));

        String dw = reference("dw_basic", "w.npy").toString(), x3 = reference("dw_basic", "x.npy").toString();
        assertError(tmp, outs, List.of("--groups 2", "3 input channels"), with(ok, "--input", x3, "--weights", dw, "--method", "depthwise",
                "--groups", "2"));
        assertError(tmp, outs, List.of("--weights", "w.npy", "not a pointwise"), with(ok, "--method", "pointwise"));
        assertError(tmp, outs, List.of("pointwise weights", "expect 4 channels", "makes 3"), with(ok, "--input", x3, "--weights", dw,
                "--method", "depthwise-separable", "--pointwise", reference("pw_basic", "w.npy").toString()));

        // parameters
        assertError(tmp, outs, List.of("--stride", "'0'"), with(ok, "--stride", "0"));
        assertError(tmp, outs, List.of("--stride", "'a,b'"), with(ok, "--stride", "a,b"));
        assertError(tmp, outs, List.of("--dilation", "'1,2,3'"), with(ok, "--dilation", "1,2,3"));
        assertError(tmp, outs, List.of("--padding", "'wide'"), with(ok, "--padding", "wide"));
        assertError(tmp, outs, List.of("--padding", "'-1'"), with(ok, "--padding", "-1"));
        assertError(tmp, outs, List.of("--method", "'fast'"), with(ok, "--method", "fast"));
        assertError(tmp, outs, List.of("--rank", "low-rank"), with(ok, "--rank", "2"));
        assertError(tmp, outs, List.of("--rank 0", "1 to 3"), with(ok, "--method", "low-rank", "--rank", "0"));
        assertError(tmp, outs, List.of("--rank 4", "1 to 3"), with(ok, "--method", "low-rank", "--rank", "4"));
        assertError(tmp, outs, List.of("--rank", "'two'"), with(ok, "--method", "low-rank", "--rank", "two"));
        assertError(tmp, outs, List.of("--out", "y.txt"), with(ok, "--out", tmp.resolve("y.txt").toString()));
        assertError(tmp, outs, List.of("--intermediate", "standard"), with(ok, "--intermediate", tmp.resolve("i.npy").toString()));
        assertError(tmp, outs, List.of("--pointwise"), with(ok, "--method", "depthwise-separable"));
        assertError(tmp, outs, List.of("--weights"), "convolve", "--input", x);

        // non-separable kernel for spatial-separable: names the rank and suggests low-rank
        assertError(tmp, outs, List.of("w.npy", "not separable", "numerical rank is 3", "low-rank"),
                with(ok, "--method", "spatial-separable"));

        // an output that cannot be written leaves the other outputs unwritten too
        Path noDir = tmp.resolve("no_such_dir").resolve("c.json");
        assertError(tmp, outs, List.of("no_such_dir", "does not exist"), with(ok, "--counts", noDir.toString()));

        // and the same command line with good values works (so the errors above came from the one change)
        assertEquals(0, run(ok).code());
        assertTrue(Files.exists(y) && Files.exists(c));
    }

    @Test
    void failedRunDoesNotTouchAnExistingOutput() throws Exception {
        Path y = Files.writeString(tmp.resolve("y.npy"), "previous result");
        String k = "std_basic_bias";
        assertError(tmp, List.of(), List.of("output height would be -1", "dilation 9"), "convolve", "--input", reference(k, "x.npy").toString(), "--weights",
                reference(k, "w.npy").toString(), "--stride", "9", "--dilation", "9", "--out", y.toString());
        assertEquals("previous result", Files.readString(y));
    }

    @Test
    void helpDescribesTheContract() {
        Run r = run("convolve", "--help");
        assertEquals(0, r.code());
        for (String s : List.of("--input", "--weights", "--bias", "--stride", "--padding", "--dilation", "--groups", "--method",
                "--rank", "--out", "--intermediate", "--counts", "--pointwise", "diverging", "RGB")) {
            assertTrue(r.out().contains(s), "help lacks " + s);
        }
        assertTrue(run("--help").out().contains("convolve"));
    }

    /** Copy of args with option values replaced or appended. */
    static String[] with(String[] args, String... pairs) {
        List<String> a = new java.util.ArrayList<>(List.of(args));
        for (int i = 0; i < pairs.length; i += 2) {
            int at = a.indexOf(pairs[i]);
            boolean flagOnly = i + 1 >= pairs.length || pairs[i + 1].startsWith("--");
            if (flagOnly) {
                if (at < 0) a.add(pairs[i]);
                i--;
                continue;
            }
            if (at >= 0) a.set(at + 1, pairs[i + 1]);
            else { a.add(pairs[i]); a.add(pairs[i + 1]); }
        }
        return a.toArray(new String[0]);
    }

    /** A v1.0 .npy with a hand-written header and zero data. */
    static Path header(Path p, String descr, boolean fortran, String shape, int dataBytes) throws Exception {
        String dict = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': " + shape + ", }";
        int pad = (64 - (10 + dict.length() + 1) % 64) % 64;
        byte[] h = (dict + " ".repeat(pad) + "\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[10 + h.length + dataBytes];
        byte[] magic = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) (h.length & 0xFF), (byte) (h.length >> 8)};
        System.arraycopy(magic, 0, all, 0, 10);
        System.arraycopy(h, 0, all, 10, h.length);
        return Files.write(p, all);
    }
}
