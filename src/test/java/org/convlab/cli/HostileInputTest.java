package org.convlab.cli;

import static org.convlab.cli.CliTestSupport.assertError;
import static org.convlab.cli.CliTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.convlab.io.NetworkLoader;
import org.convlab.io.ImageDecoder;
import org.convlab.io.ImageLoader;
import org.convlab.io.KernelFile;
import org.convlab.io.Npy;
import org.convlab.lesson.LessonChecker;
import org.convlab.lesson.LessonParser;
import org.convlab.lesson.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of hostile inputs in {@code src/test/resources/hostile} (made by its
 * {@code make_hostile.py}), tried against the command line and every loader: each one gets one
 * clear line naming the file or option, before anything large is allocated, and the valid but
 * unusual files keep working. Runs with the default heap; nothing here allocates much.
 */
class HostileInputTest {
    @TempDir Path tmp;
    Path x;
    Path k;

    static Path hostile(String name) throws Exception {
        return Path.of(HostileInputTest.class.getResource("/hostile/" + name).toURI());
    }

    @BeforeEach void inputs() throws IOException {
        x = tmp.resolve("x.npy");
        float[] v = new float[3 * 16 * 16];
        for (int i = 0; i < v.length; i++) v[i] = (i % 7) / 7f;
        Npy.write(x, new int[] {3, 16, 16}, v);
        k = tmp.resolve("k.npy");
        Npy.write(k, new int[] {3, 3}, new float[] {0, 1, 0, 1, 1, 1, 0, 1, 0});
    }

    private static void noControlChars(String s) {
        for (char c : s.strip().toCharArray()) assertFalse(c < 0x20 && c != '\t', "control character in: " + s);
    }

    // ------------------------------------------------------------------ numbers

    @Test void hugeCostIsRefusedWithTheExactNumber() throws Exception {
        var r = assertError(tmp, List.of(), List.of("225,000,000,000,000,000,000,000,000", "2.25e26"),
                "cost", "--input", "1000000x1000000x1000000", "--kernel", "15", "--filters", "1000000");
        assertFalse(r.err().contains("-8") || r.err().contains("8,125,088,402,522,505,216"), r.err());
    }

    @Test void networkWithHugeCountsIsRefusedExactly() throws Exception {
        assertError(tmp, List.of(), List.of("huge-counts", "3,774,873,600,000,000,000,000"),
                "cost", "--network", hostile("networks/huge-counts.json").toString());
    }

    @Test void repeatBombIsRefusedBeforeExpanding() throws Exception {
        assertError(tmp, List.of(), List.of("repeat-bomb.json", "1000000 layers", "10000"),
                "cost", "--network", hostile("networks/repeat-bomb.json").toString());
    }

    @Test void tenThousandNestedRepeatsAreOneLine() throws Exception {
        String deep = "{\"type\": \"conv\", \"kernel\": 3, \"filters\": 8}";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10_000; i++) b.append("{\"repeat\": 1, \"layers\": [");
        b.append(deep);
        for (int i = 0; i < 10_000; i++) b.append("]}");
        Path f = tmp.resolve("deep.json");
        Files.writeString(f, "{\"layers\": [" + b + "]}");
        var r = assertError(tmp, List.of(), List.of("deep.json"), "cost", "--network", f.toString());
        assertTrue(r.err().contains("nest") || r.err().contains("Nesting"), r.err());
        assertThrows(IllegalArgumentException.class, () -> NetworkLoader.load(f));
    }

    @Test void hugeStrideGivesTheValidOneByOneOutput() throws Exception {
        Path y = tmp.resolve("y.npy");
        var r = run("convolve", "--input", x.toString(), "--weights", k.toString(), "--stride", "2147483647", "--out", y.toString());
        assertEquals(0, r.code(), r.err());
        assertArrayEquals(new int[] {3, 1, 1}, Npy.read(y).shape());
    }

    @Test void hugePaddingIsRefusedBeforeAllocating() throws Exception {
        assertError(tmp, List.of(tmp.resolve("y.npy")), List.of("padded input", "3×20016×20016", "limit"),
                "convolve", "--input", x.toString(), "--weights", k.toString(), "--padding", "10000", "--out", tmp.resolve("y.npy").toString());
    }

    // ------------------------------------------------------------------ messages

    @Test void aFolderAsInputIsNamed() throws Exception {
        var r = assertError(tmp, List.of(), List.of("--input", "folder"), "convolve", "--input", "/", "--weights", k.toString(),
                "--out", tmp.resolve("y.npy").toString());
        assertFalse(r.err().contains("Exception") || r.err().contains("null"), r.err());
    }

    @Test void aBinaryNpyHeaderIsNotEchoedRaw() throws Exception {
        var r = assertError(tmp, List.of(), List.of("--weights", "binary-header.npy"), "convolve", "--input", x.toString(),
                "--weights", hostile("kernels/binary-header.npy").toString(), "--out", tmp.resolve("y.npy").toString());
        noControlChars(r.err());
    }

    @Test void aHugeNpyShapeIsRefusedFromItsHeader() throws Exception {
        assertError(tmp, List.of(), List.of("huge-shape.npy", "(100000, 100000)", "limit"), "convolve", "--input", x.toString(),
                "--weights", hostile("kernels/huge-shape.npy").toString(), "--out", tmp.resolve("y.npy").toString());
    }

    @Test void jvmErrorsBecomeOneLineWithoutClassNames() {
        for (Throwable t : List.of(new OutOfMemoryError("Java heap space"), new StackOverflowError(), new NullPointerException("x.y()"))) {
            var err = new java.io.StringWriter();
            assertEquals(2, CliErrors.onUncaught(t, new java.io.PrintWriter(err), new String[] {"convolve", "--input", "a"}));
            String line = err.toString().strip();
            assertTrue(line.startsWith("convlab convolve: "), line);
            assertFalse(line.contains("\n") || line.contains("Error") || line.contains("Exception") || line.contains("x.y()"), line);
        }
        assertEquals("a\\x1B[31mb\\x07", CliErrors.oneLine("a\u001b[31mb\u0007"));
    }

    // ------------------------------------------------------------------ images

    static Stream<Arguments> images() {
        return Stream.of(
                Arguments.of("huge-header-40000.png", "40000×40000 = 1,600,000,000 pixels; the limit is 40,000,000"),
                Arguments.of("tiny-header-8000.gif", "8000×8000 = 64,000,000 pixels"),
                Arguments.of("small-header-6000.gif", "the header says 6000×6000 pixels but the file has only 40 bytes"),
                Arguments.of("truncated-8000.jpg", "8000×8000 = 64,000,000 pixels"),
                Arguments.of("truncated-600.jpg", "is corrupt or truncated"),
                Arguments.of("bad-crc.png", "checksum of its IDAT chunk does not match"),
                Arguments.of("truncated.png", "is corrupt or truncated: the file ends inside its data"),
                Arguments.of("rle-overrun.bmp", "run-length data writes past the 4×4 image"));
    }

    @ParameterizedTest @MethodSource("images")
    void corruptImagesAreRefusedEverywhere(String name, String expected) throws Exception {
        Path p = hostile("images/" + name);
        var r = assertError(tmp, List.of(tmp.resolve("y.npy")), List.of("--input", name, expected),
                "convolve", "--input", p.toString(), "--weights", k.toString(), "--out", tmp.resolve("y.npy").toString());
        noControlChars(r.err());
        IOException gui = assertThrows(IOException.class, () -> ImageDecoder.read(p)); // the Workbench's loader
        assertTrue(gui.getMessage().startsWith(name) && gui.getMessage().contains(expected), gui.getMessage());
        assertFalse(gui.getMessage().contains(p.getParent().toString()), "the GUI names the file without its folder");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"unusual-cmyk.jpg", "unusual-progressive.jpg", "unusual-rgb16.png",
        "unusual-palette.png", "unusual-animated.gif", "unusual-rle8.bmp", "good.png"})
    void unusualButValidImagesKeepWorking(String name) throws Exception {
        Path p = hostile("images/" + name);
        var img = ImageLoader.decode(p);
        assertNotNull(img);
        var t = ImageLoader.load(p, false);
        assertEquals(3, t.channels());
        if (name.startsWith("unusual-") && !name.contains("animated")) {
            // a red-to-blue gradient: the top is red, the bottom blue (within a JPEG's error)
            assertTrue(t.get(0, 0, 0) > 0.85f && t.get(2, 0, 0) < 0.15f, name + " top " + t.get(0, 0, 0) + "," + t.get(2, 0, 0));
            int h = t.height() - 1;
            assertTrue(t.get(0, h, 0) < 0.15f && t.get(2, h, 0) > 0.85f, name + " bottom");
        }
        assertEquals(0, run("convolve", "--input", p.toString(), "--weights", k.toString(), "--out", tmp.resolve("y.npy").toString()).code());
    }

    // ------------------------------------------------------------------ kernel files

    @Test void aTinyKernelFileDeclaringHugeShapesIsRefusedUnallocated() throws Exception {
        var e = assertThrows(IllegalArgumentException.class, () -> KernelFile.read(hostile("kernels/huge-declared.kernel")));
        assertTrue(e.getMessage().startsWith("huge-declared.kernel line 2: "), e.getMessage());
        assertTrue(e.getMessage().contains("needs 520192 rows"), e.getMessage());
    }

    @Test void kernelFilesWithABomAreRead() throws Exception {
        var blocks = KernelFile.read(hostile("kernels/bom.kernel"));
        assertArrayEquals(new float[] {1, 2, 1}, blocks.get(KernelFile.Kind.KERNEL).data());
    }

    @Test void invalidUtf8KernelFilesNameTheFile() throws Exception {
        var e = assertThrows(IOException.class, () -> KernelFile.read(hostile("kernels/invalid-utf8.kernel")));
        assertEquals("invalid-utf8.kernel is not valid UTF-8 text (bad byte 0xFF at byte 36)", e.getMessage());
    }

    // ------------------------------------------------------------------ lessons

    static Stream<Arguments> lessons() {
        return Stream.of(
                Arguments.of("macro-loop", "the macro \\loopy calls itself"),
                Arguments.of("deep-braces", "the formula has 40001 characters; the limit is 4000"),
                Arguments.of("huge-image", "big.png is 40000×40000 = 1,600,000,000 pixels"),
                Arguments.of("huge-scene", "64×4096×4096 = 1,073,741,824 values is over the limit"),
                Arguments.of("yaml-aliases", "anchors and aliases (&name, *name) of lists and maps are not allowed"),
                Arguments.of("escape", "image file '../../../../../../etc/passwd' is outside the lesson's folder"),
                Arguments.of("many-errors", "…and 170 more problem(s) in this file"),
                Arguments.of("invalid-utf8", "01-bad.md is not valid UTF-8 text"));
    }

    @ParameterizedTest @MethodSource("lessons")
    void hostileLessonsGetOneBoundedReport(String folder, String expected) throws Exception {
        Path dir = hostile("lessons/" + folder);
        var report = LessonChecker.check(dir);
        assertTrue(report.problems().size() <= LessonChecker.MAX_PROBLEMS_PER_FILE + 1, "at most a few dozen messages");
        assertTrue(report.problems().stream().anyMatch(p -> p.message().contains(expected)), report.problems().toString());
        var r = run("lessons", "check", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.out().contains(expected) || r.err().contains(expected), r.out() + r.err());
        noControlChars(r.out().replace("\n", " "));
    }

    @Test void pathEscapesRevealNothingOutside() throws Exception {
        var problems = LessonChecker.check(hostile("lessons/escape")).problems();
        assertEquals(3, problems.size(), problems.toString());
        for (Problem p : problems) {
            assertTrue(p.message().contains("is outside the lesson's folder"), p.message());
            assertFalse(p.message().contains("does not exist") || p.message().contains("root:"), p.message());
        }
    }

    @Test void aLessonWithAByteOrderMarkIsValid() throws Exception {
        var report = LessonChecker.check(hostile("lessons/bom"));
        assertTrue(report.problems().stream().noneMatch(p -> p.message().contains("front matter")), report.problems().toString());
        assertEquals("With a BOM", LessonParser.parse(hostile("lessons/bom/01-bom.md")).lesson().title());
    }
}
