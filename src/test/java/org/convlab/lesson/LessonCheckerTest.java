package org.convlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker's messages for broken lessons, each at the line where the mistake is. */
class LessonCheckerTest {
    @TempDir Path dir;

    /** A valid lesson; {@code body} is appended as more steps. Line 10 is the first scene's "image:". */
    private static String lesson(String scene1, String more) {
        return String.join("\n",
                "---",                       // 1
                "title: Test lesson",        // 2
                "---",                       // 3
                "",                          // 4
                "Intro text.",               // 5
                "",                          // 6
                "## First",                  // 7
                "",                          // 8
                "```scene",                  // 9
                scene1,                      // 10..
                "```",
                "",
                "Text of the first step.",
                "") + more;
    }

    private List<Problem> check(String text) throws Exception {
        Path f = dir.resolve("t.md");
        Files.writeString(f, text);
        return LessonChecker.check(f).problems();
    }

    private static void assertOne(List<Problem> ps, int line, String fragment) {
        assertEquals(1, ps.size(), ps.toString());
        Problem p = ps.get(0);
        assertEquals(line, p.line(), p.toString());
        assertTrue(p.message().contains(fragment), p.toString());
        assertTrue(p.toString().matches(".*t\\.md:" + line + ": .*"), p.toString());
    }

    @Test
    void aValidLessonHasNoProblems() throws Exception {
        assertEquals(List.of(), check(lesson("image: { pattern: dot, size: 9 }\nkernel: sobel-x", "")));
    }

    @Test
    void unknownKeySuggestsTheNearestKnownOne() throws Exception {
        List<Problem> ps = check(lesson("image: { pattern: dot, size: 9 }\nkernal: sobel-x", ""));
        assertOne(ps, 11, "unknown key 'kernal' in scene (did you mean 'kernel'?)");
    }

    @Test
    void unknownNestedKeyAndFrontMatterKey() throws Exception {
        assertOne(check(lesson("image: { pattern: dot, siez: 9 }", "")), 10, "did you mean 'size'?");
        String t = lesson("image: dot", "").replace("title: Test lesson", "title: Test lesson\nsumary: x");
        assertOne(check(t), 3, "unknown key 'sumary' in front matter (did you mean 'summary'?)");
    }

    @Test
    void badValues() throws Exception {
        assertOne(check(lesson("image: dot\nstride: two", "")), 11, "bad value 'two' for stride");
        assertOne(check(lesson("image: dot\nmethod: depthwise-seperable", "")), 11, "did you mean 'depthwise-separable'?");
        assertOne(check(lesson("image: dot\nkernel: { preset: gausian }", "")), 11, "did you mean 'gaussian'?");
        assertOne(check(lesson("image: dot\nview: cots", "")), 11, "bad value 'cots' for view (did you mean 'cost'?)");
        assertOne(check(lesson("image: { pattern: dots }", "")), 10, "bad value 'dots' for image pattern (did you mean 'dot'?)");
    }

    @Test
    void missingImage() throws Exception {
        assertOne(check(lesson("image: { sample: no-such-photo }", "")), 10, "missing image: no sample 'no-such-photo'");
        assertOne(check(lesson("image: { file: pics/none.png }", "")), 10, "missing image: file");
        assertOne(check(lesson("kernel: box", "")), 9, "missing image");
    }

    @Test
    void kernelOfTheWrongShape() throws Exception {
        // Sobel exists only as 3×3.
        assertOne(check(lesson("image: dot\nkernel:\n  preset: sobel-x\n  size: 5", "")), 13, "wrong shape");
        // Rows of unequal length: reported at the short row.
        assertOne(check(lesson("image: dot\nkernel:\n  weights:\n    - [1, 2, 3]\n    - [4, 5]", "")), 14,
                "wrong shape: kernel weights row 2 has 2 values, row 1 has 3");
        // A pointwise matrix that is not F×C.
        assertOne(check(lesson("image: dot\nchannels: 3\nfilters: 2\nmethod: pointwise\nkernel:\n  preset: identity\n  pointwise: [[1, 0], [0, 1]]", "")),
                16, "wrong shape: the pointwise matrix is 2×2");
    }

    @Test
    void stepsTheEngineRefuses() throws Exception {
        // The Laplacian is not separable: the refusal points at the method line.
        assertOne(check(lesson("image: dot\nkernel: laplacian-4\nmethod: spatial-separable", "")), 12, "the engine refuses this step");
        // A later step whose padding makes no output: points at that step's padding line.
        String more = String.join("\n", "## Second", "", "```scene", "image: { pattern: edges, size: 4 }", "kernel: { preset: box, size: 7 }", "padding: 1", "```", "", "Text.", "");
        List<Problem> ps = check(lesson("image: dot", more));
        assertOne(ps, 19, "output height would be");
        // Low-rank with a rank above the kernel size.
        assertOne(check(lesson("image: dot\nmethod: low-rank\nrank: 5", "")), 12, "rank 5 is out of range");
    }

    @Test
    void answersThatMeasureTheSceneMustMatchTheEngine() throws Exception {
        String q = String.join("\n", "```question", "ask: How many multiplies?", "answer: 80", "measures: multiplies",
                "feedback: 9 per pixel.", "```", "");
        List<Problem> ps = check(lesson("image: { pattern: dot, size: 5 }\nkernel: box", q));
        assertOne(ps, 17, "does not match the scene's multiplies, which the engine computes as 81");
        assertEquals(List.of(), check(lesson("image: { pattern: dot, size: 5 }\nkernel: box", q.replace("80", "81"))));
    }

    @Test
    void questionMistakes() throws Exception {
        String q = String.join("\n", "```question", "ask: Which?", "choices: [a, b]", "answer: c", "feedback: because", "```", "");
        assertOne(check(lesson("image: dot", q)), 17, "answer 'c' is not one of the choices");
        String noFeedback = String.join("\n", "```question", "ask: How many?", "answer: 3", "```", "");
        assertOne(check(lesson("image: dot", noFeedback)), 15, "needs 'feedback:'");
        String colon = String.join("\n", "```question", "ask: How many?", "answer: 3", "feedback: one: two", "```", "");
        assertOne(check(lesson("image: dot", colon)), 17, "must be in quotes");
    }

    @Test
    void badFormulaAndMissingScene() throws Exception {
        String t = lesson("image: dot", "").replace("Text of the first step.", "Text with $3 \\timess 3$ in it.");
        assertOne(check(t), 13, "bad formula");
        String noScene = String.join("\n", "## Second", "", "Only text.", "");
        assertOne(check(lesson("image: dot", noScene)), 14, "has no ```scene block");
    }

    @Test
    void problemsArePrintedAsFileLineMessage() {
        assertEquals("a/b.md:7: oops", new Problem(Path.of("a/b.md"), 7, "oops").toString());
    }
}
