package org.convlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.convlab.engine.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formulas, patterns, suggestions, progress and scene inheritance. */
class LessonPartsTest {
    @TempDir Path dir;

    @Test
    void formulasAreFoundInlineAndDisplayedButNotInCode() {
        MathText.Extracted e = MathText.extract("Cost $K \\times K$ and `$not$` and \\$5.\n\n$$a_{i} * b_{j}$$\n");
        assertEquals(2, e.formulas().size());
        assertEquals("K \\times K", e.formulas().get(0).tex());
        assertTrue(e.formulas().get(1).display());
        assertEquals(2, e.formulas().get(1).line());
        assertTrue(e.markdown().contains("`$not$`"));
        String firstLine = e.markdown().substring(0, e.markdown().indexOf(" `"));
        assertEquals(List.of("Cost ", 0, " and"), MathText.Extracted.split(firstLine));
    }

    @Test
    void theDotPatternIsAnImpulse() {
        Tensor t = Patterns.generate("dot", 9, 9, 1);
        float sum = 0;
        for (float v : t.data()) sum += v;
        assertEquals(1f, sum);
        assertEquals(1f, t.get(0, 4, 4));
        Tensor three = Patterns.generate("edges", 8, 8, 3);
        assertEquals(1f - three.get(0, 3, 3), three.get(2, 3, 3));
    }

    @Test
    void suggestions() {
        assertEquals("padding", Suggest.nearest("paddnig", SceneReader.KEYS));
        assertNull(Suggest.nearest("zzzzzz", SceneReader.KEYS));
    }

    @Test
    void progressSurvivesARestart() {
        Path f = dir.resolve("p.properties");
        LessonProgress p = new LessonProgress(f);
        p.visit("01-x", 1);
        p.visit("01-x", 3);
        assertTrue(p.save());
        LessonProgress again = new LessonProgress(f);
        assertEquals(List.of(1, 3), List.copyOf(again.seen("01-x")));
        assertEquals(3, again.lastStep("01-x"));
        assertEquals(1, again.lastStep("other"));
    }

    @Test
    void stepsInheritThePreviousSceneAndKeepLines() {
        String text = "---\ntitle: T\n---\n\n## A\n\n```scene\nimage: dot\nkernel: sobel-x\nstride: 2\n```\n\nText.\n\n## B\n\n```scene\nstride: 1\n```\n\nMore.\n";
        LessonParser.Result r = LessonParser.parse(text, Path.of("t.md"));
        assertEquals(List.of(), r.problems());
        Scene b = r.lesson().steps().get(1).scene();
        assertEquals("sobel-x", b.kernel().preset());
        assertEquals(1, b.strideH());
        assertEquals(9, b.lineOf("kernel", 0));
        assertEquals(18, b.lineOf("stride", 0));
        assertEquals(17, b.lineOf("scene", 0));
        assertEquals("Text.", r.lesson().steps().get(0).markdown());
        assertEquals(13, r.lesson().steps().get(0).textLine());
    }

    @Test
    void theAuthoringGuidesExampleIsAValidLesson() throws Exception {
        String readme = java.nio.file.Files.readString(Path.of("lessons/README.md"));
        int start = readme.indexOf("````markdown\n") + "````markdown\n".length();
        String example = readme.substring(start, readme.indexOf("\n````", start) + 1);
        Path f = dir.resolve("example.md");
        java.nio.file.Files.writeString(f, example);
        LessonChecker.Report r = LessonChecker.check(f);
        assertEquals(List.of(), r.problems());
        assertEquals(2, r.steps());
        assertEquals(2, r.questions());
    }
}
