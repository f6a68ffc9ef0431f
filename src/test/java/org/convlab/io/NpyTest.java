package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.convlab.engine.Tensor;
import org.convlab.engine.Weights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** .npy reading against files NumPy wrote (see make_npy_fixtures.py), writing, and every refusal. */
class NpyTest {
    @TempDir Path tmp;

    private static Path fixture(String name) throws Exception {
        return Path.of(NpyTest.class.getResource("/npy/" + name).toURI());
    }

    /** The fixture values: arange(n) * 0.5 - 1. */
    private static float[] expected(int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = i * 0.5f - 1;
        return v;
    }

    @ParameterizedTest
    @CsvSource({"f4_v1_2x3.npy, 2x3, <f4", "f8_v1_3x4x5.npy, 3x4x5, <f8", "f4_v2_2x2x3x3.npy, 2x2x3x3, <f4",
                "f8_v3_4.npy, 4, <f8"})
    void readsNumpyFilesOfEveryVersion(String file, String shape, String dtype) throws Exception {
        NpyArray a = Npy.read(fixture(file));
        int[] dims = Arrays.stream(shape.split("x")).mapToInt(Integer::parseInt).toArray();
        assertArrayEquals(dims, a.shape());
        assertEquals(dtype, a.dtype());
        assertArrayEquals(expected(a.data().length), a.data());
    }

    @Test
    void scalarIsRankZeroWithOneValue() throws Exception {
        NpyArray a = Npy.read(fixture("f4_v1_scalar.npy"));
        assertEquals(0, a.rank());
        assertArrayEquals(new float[] {-1f}, a.data());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bad_fortran.npy|Fortran",
        "bad_bigendian.npy|big-endian (>f4)",
        "bad_int32.npy|'<i4' (signed integer)",
        "bad_complex.npy|'<c8' (complex)",
        "bad_object.npy|'|O' (object)",
        "bad_bool.npy|'|b1' (boolean)",
        "bad_rank5.npy|5 dimensions"})
    void refusesWhatItCannotRead(String file, String reason) throws Exception {
        Path p = fixture(file);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Npy.read(p));
        assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void writesFloat32Version1ThatReadsBack() throws Exception {
        for (int[] shape : new int[][] {{}, {5}, {2, 3}, {2, 3, 4}, {1, 2, 3, 4}, {0, 3}}) {
            int n = Arrays.stream(shape).reduce(1, (x, y) -> x * y);
            float[] v = expected(n);
            Path f = tmp.resolve("a" + shape.length + ".npy");
            Npy.write(f, shape, v);
            byte[] b = Files.readAllBytes(f);
            assertEquals(1, b[6]);
            assertEquals(0, b[7]);
            int headerLen = (b[8] & 0xFF) | (b[9] & 0xFF) << 8;
            assertEquals(0, (10 + headerLen) % 64, "data must start 64-byte aligned");
            assertEquals('\n', b[10 + headerLen - 1]);
            NpyArray back = Npy.read(f);
            assertArrayEquals(shape, back.shape());
            assertArrayEquals(v, back.data());
            assertEquals("<f4", back.dtype());
        }
        String header = new String(Files.readAllBytes(tmp.resolve("a1.npy")), 10, 60, StandardCharsets.ISO_8859_1);
        assertTrue(header.contains("'shape': (5,)"), header);
    }

    @Test
    void refusesGarbageAndTruncationNamingTheFile() throws Exception {
        byte[] good = Npy.toBytes(new int[] {2, 3}, expected(6));
        assertRefused(write("garbage.npy", "this is not numpy".getBytes(StandardCharsets.US_ASCII)), "is not an .npy file");
        assertRefused(write("empty.npy", new byte[0]), "is not an .npy file");
        assertRefused(write("short_header.npy", Arrays.copyOf(good, 40)), "is truncated");
        assertRefused(write("short_data.npy", Arrays.copyOf(good, good.length - 3)), "is truncated");
        byte[] longer = Arrays.copyOf(good, good.length + 4);
        assertRefused(write("extra.npy", longer), "bytes after the data");
        byte[] v9 = good.clone();
        v9[6] = 9;
        assertRefused(write("v9.npy", v9), "version 9.0");
        assertRefused(tmp.resolve("missing.npy"), "no such file");
    }

    @Test
    void refusesHeadersEditedByHand() throws Exception {
        assertRefused(write("be.npy", handMade("{'descr': '>f8', 'fortran_order': False, 'shape': (2,), }", 16)), "big-endian");
        assertRefused(write("fo.npy", handMade("{'descr': '<f4', 'fortran_order': True, 'shape': (2, 1), }", 8)), "Fortran");
        assertRefused(write("noshape.npy", handMade("{'descr': '<f4', 'fortran_order': False, }", 8)), "without 'shape'");
        assertRefused(write("neg.npy", handMade("{'descr': '<f4', 'fortran_order': False, 'shape': (-2,), }", 8)), "negative");
        // the same header, correct, reads fine
        NpyArray ok = Npy.parse(handMade("{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }", 8), "ok");
        assertArrayEquals(new float[] {0, 0}, ok.data());
    }

    /** A version 2.0 file with the given header and zero data bytes. */
    private static byte[] handMade(String header, int dataBytes) {
        byte[] h = (header + "\n").getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer b = ByteBuffer.allocate(12 + h.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 2, 0}).putInt(h.length).put(h);
        return b.array();
    }

    @Test
    void nonFiniteValuesAreRefusedWhenAsked() throws Exception {
        Path f = tmp.resolve("nan.npy");
        Npy.write(f, new int[] {2, 2}, new float[] {1, 2, Float.NaN, 4});
        NpyArray a = Npy.read(f);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.requireFinite("--input"));
        assertTrue(e.getMessage().contains("--input " + f) && e.getMessage().contains("[1, 0]"), e.getMessage());
        Npy.write(f, new int[] {1}, new float[] {Float.NEGATIVE_INFINITY});
        assertThrows(IllegalArgumentException.class, () -> Npy.read(f).requireFinite("--weights"));
    }

    @Test
    void shapesBecomeTensorsAndWeights() {
        NpyArray hw = new NpyArray("x", "<f4", new int[] {2, 3}, expected(6));
        Tensor t = hw.toTensor("--input");
        assertEquals("1×2×3", t.shapeString());
        assertEquals(hw.data()[4], t.get(0, 1, 1));
        Tensor chw = new NpyArray("x", "<f4", new int[] {2, 1, 3}, expected(6)).toTensor("--input");
        assertEquals(expected(6)[3], chw.get(1, 0, 0));
        Tensor batch1 = new NpyArray("x", "<f4", new int[] {1, 2, 1, 3}, expected(6)).toTensor("--input");
        assertEquals("2×1×3", batch1.shapeString());
        IllegalArgumentException batch2 = assertThrows(IllegalArgumentException.class,
                () -> new NpyArray("b.npy", "<f4", new int[] {2, 1, 1, 3}, expected(6)).toTensor("--input"));
        assertTrue(batch2.getMessage().contains("batch of 2"), batch2.getMessage());
        Weights k = hw.toWeights("--weights");
        assertEquals("1×1×2×3", k.shapeString());
        Weights w4 = new NpyArray("w", "<f4", new int[] {2, 1, 1, 3}, expected(6)).toWeights("--weights");
        assertEquals(expected(6)[5], w4.get(1, 0, 0, 2));
        assertEquals("3×2×1×1", new NpyArray("p", "<f4", new int[] {3, 2}, expected(6)).toPointwise("--pointwise").shapeString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NpyArray("v.npy", "<f4", new int[] {6}, expected(6)).toTensor("--input"));
        assertTrue(e.getMessage().startsWith("--input v.npy: shape 6"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NpyArray("w.npy", "<f4", new int[] {1, 2, 3}, expected(6)).toWeights("--weights"));
        assertThrows(IllegalArgumentException.class, () -> new NpyArray("e.npy", "<f4", new int[] {0, 3}, new float[0]).toTensor("--input"));
        assertThrows(IllegalArgumentException.class, () -> new NpyArray("b.npy", "<f4", new int[] {2, 3}, expected(6)).toVector("--bias"));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(tmp.resolve(name), bytes);
    }

    private static void assertRefused(Path p, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Npy.read(p));
        assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
