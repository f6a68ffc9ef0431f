package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.convlab.engine.KernelBank;
import org.convlab.engine.KernelPresets;
import org.convlab.engine.Weights;
import org.convlab.io.KernelFile.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelFileTest {
    @TempDir Path dir;

    private static Map<Kind, Weights> bank() {
        KernelBank b = KernelBank.of(KernelPresets.create("gaussian", 5, 3, 0.8), 5, 3, 3, 2);
        Map<Kind, Weights> m = new EnumMap<>(Kind.class);
        m.put(Kind.KERNEL, b.kernel());
        m.put(Kind.DEPTHWISE, b.depthwise());
        m.put(Kind.POINTWISE, b.pointwise());
        m.put(Kind.STANDARD, b.standard());
        return m;
    }

    @Test
    void kernelTextRoundTripsExactly() throws IOException {
        Path f = dir.resolve("bank.kernel");
        Map<Kind, Weights> in = bank();
        KernelFile.write(f, in);
        Map<Kind, Weights> out = KernelFile.read(f);
        assertEquals(in.keySet(), out.keySet());
        for (Kind k : Kind.values()) {
            assertEquals(in.get(k).shapeString(), out.get(k).shapeString());
            assertArrayEquals(in.get(k).data(), out.get(k).data(), k.key());
        }
        String text = Files.readString(f);
        assertTrue(text.contains("convlab-kernel 1\n"));
        assertTrue(text.contains("standard 2 3 5 3\n"));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary file left behind");
        }
    }

    @Test
    void handWrittenFileWithCommentsAndCommas() {
        String text = "# Sobel\n\nconvlab-kernel 1\n# the kernel\nkernel 1 1 3 3\n-1, 0, 1\n-2 0 2\n\n-1\t0\t1\n";
        Map<Kind, Weights> m = KernelFile.parse(text, "sobel.kernel");
        assertArrayEquals(KernelPresets.create("sobel-x", 3, 3, 0), m.get(Kind.KERNEL).data());
    }

    @Test
    void errorsNameFileAndLine() {
        assertError("a.kernel line 1: expected the header 'convlab-kernel 1'", "kernel 1 1 1 1\n1\n");
        assertError("a.kernel line 1: unsupported version 2", "convlab-kernel 2\n");
        assertError("a.kernel line 2: expected a block header", "convlab-kernel 1\nkernal 1 1 1 1\n1\n");
        assertError("a.kernel line 4: expected 3 numbers, found 2", "convlab-kernel 1\nkernel 1 1 2 3\n1 2 3\n4 5\n");
        assertError("needs 2 rows of 3 numbers but has only 1", "convlab-kernel 1\nkernel 1 1 2 3\n1 2 3\n");
        assertError("a.kernel line 3: 'NaN' is not a finite number", "convlab-kernel 1\nkernel 1 1 1 2\nNaN 1\n");
        assertError("a.kernel line 3: 'abc' is not a number", "convlab-kernel 1\nkernel 1 1 1 2\nabc 1\n");
        assertError("a.kernel line 2: kernel must have shape 1 1 KH KW", "convlab-kernel 1\nkernel 2 1 1 1\n1\n2\n");
        assertError("a.kernel line 1: the file is empty", "# nothing\n");
        assertError("no kernel blocks", "convlab-kernel 1\n");
    }

    private static void assertError(String part, String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KernelFile.parse(text, "a.kernel"));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    @Test
    void npyRoundTripsAndHasAValidHeader() throws IOException {
        Path f = dir.resolve("k.npy");
        Weights k = Weights.of2d(new float[][] {{1, 2, 3}, {4, 5, 6.5f}});
        KernelFile.write(f, Map.of(Kind.KERNEL, k));
        byte[] b = Files.readAllBytes(f);
        assertEquals(0, (10 + (b[8] & 0xFF)) % 64, "data aligned to 64 bytes");
        String header = new String(b, 10, b[8] & 0xFF, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(header.contains("'shape': (2, 3)"), header);
        Map<Kind, Weights> back = KernelFile.read(f);
        assertArrayEquals(k.data(), back.get(Kind.KERNEL).data());
        assertEquals("1×1×2×3", back.get(Kind.KERNEL).shapeString());

        Path g = dir.resolve("std.npy");
        Weights std = bank().get(Kind.STANDARD);
        KernelFile.write(g, Map.of(Kind.STANDARD, std));
        assertArrayEquals(std.data(), KernelFile.read(g).get(Kind.STANDARD).data());
        Path p = dir.resolve("pw.npy");
        KernelFile.write(p, Map.of(Kind.POINTWISE, bank().get(Kind.POINTWISE)));
        assertTrue(KernelFile.read(p).containsKey(Kind.POINTWISE));
    }

    @Test
    void npyWrittenByNumpyReads() throws IOException {
        // np.save of np.array([[1., -2.], [0.5, 4.]], dtype=np.float64): header written by hand here.
        String h = "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 2), }";
        StringBuilder hb = new StringBuilder(h);
        while ((10 + hb.length() + 1) % 64 != 0) hb.append(' ');
        hb.append('\n');
        java.nio.ByteBuffer bb = java.nio.ByteBuffer.allocate(10 + hb.length() + 32).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        bb.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) hb.length()).put(hb.toString().getBytes());
        for (double v : new double[] {1, -2, 0.5, 4}) bb.putDouble(v);
        Path f = dir.resolve("np.npy");
        Files.write(f, bb.array());
        assertArrayEquals(new float[] {1, -2, 0.5f, 4}, KernelFile.read(f).get(Kind.KERNEL).data());
        Files.write(f, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KernelFile.read(f));
        assertTrue(e.getMessage().startsWith("np.npy") && e.getMessage().contains("not an .npy file"), e.getMessage());
    }

    private static Path resource(String name) {
        try {
            return Path.of(KernelFileTest.class.getResource(name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsFilesWrittenByNumpy() throws IOException {
        // made by src/test/resources/org/convlab/io/make_npy.py with NumPy's np.save
        assertArrayEquals(KernelPresets.create("sobel-x", 3, 3, 0), KernelFile.read(resource("sobel_f64.npy")).get(Kind.KERNEL).data());
        Weights std = KernelFile.read(resource("std_f32.npy")).get(Kind.STANDARD);
        assertEquals("2×3×3×3", std.shapeString());
        assertEquals(53 / 8f, std.get(1, 2, 2, 2));
        assertEquals(7 / 8f, std.get(0, 0, 2, 1));
        Weights pw = KernelFile.read(resource("pw_f32.npy")).get(Kind.POINTWISE);
        assertEquals(6f, pw.get(1, 2, 0, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KernelFile.read(resource("fortran.npy")));
        assertTrue(e.getMessage().startsWith("fortran.npy") && e.getMessage().contains("Fortran"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> KernelFile.read(resource("int64.npy")));
        assertTrue(e.getMessage().startsWith("int64.npy") && e.getMessage().contains("float32"), e.getMessage());
    }

    @Test
    void theExamplesInTheFormatDocParse() throws IOException {
        String doc = Files.readString(Path.of("docs/KERNEL_FORMAT.md"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("```\\n(convlab-kernel 1\\n.*?)```", java.util.regex.Pattern.DOTALL).matcher(doc);
        assertTrue(m.find(), "the multi-channel example");
        Map<Kind, Weights> ex = KernelFile.parse(m.group(1), "example");
        assertArrayEquals(KernelPresets.create("laplacian-4", 3, 3, 0), ex.get(Kind.KERNEL).data());
        assertArrayEquals(new float[] {1, 0, 0.5f, 0.5f}, ex.get(Kind.POINTWISE).data());
    }

    @Test
    void refusesToSaveNaNAndKeepsTheOldFile() throws IOException {
        Path f = dir.resolve("k.kernel");
        KernelFile.write(f, Map.of(Kind.KERNEL, Weights.of2d(new float[][] {{1}})));
        String before = Files.readString(f);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KernelFile.write(f, Map.of(Kind.KERNEL, Weights.of2d(new float[][] {{Float.NaN}}))));
        assertTrue(e.getMessage().contains("non-finite"), e.getMessage());
        assertEquals(before, Files.readString(f));
    }
}
