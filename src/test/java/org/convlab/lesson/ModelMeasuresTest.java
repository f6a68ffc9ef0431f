package org.convlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Questions about a trained model: the model: key is checked, and the answer against the engine. */
class ModelMeasuresTest {
    @TempDir Path dir;

    private List<Problem> check(String question) throws Exception {
        Path f = dir.resolve("t.md");
        Files.writeString(f, "---\ntitle: t\nobjectives: [measure]\n---\n\n## Step\n\n```scene\nimage: { pattern: edges, size: 8 }\n```\n\nText.\n\n"
                + "```question\n" + question + "\nfeedback: f\n```\n");
        return LessonChecker.check(f).problems();
    }

    @Test
    void modelQuestionsAreMeasured() throws Exception {
        assertEquals(List.of(), check("ask: m?\nanswer: 1925568\nmeasures: network-multiplies\nmodel: fashion-cnn"));
        List<Problem> p = check("ask: m?\nanswer: 1000\nmeasures: network-multiplies\nmodel: fashion-cnn conv3:filter-svd:8");
        assertEquals(1, p.size());
        assertTrue(p.get(0).message().contains("1,160,384"), p.get(0).message());
        assertEquals(100 * 805 / 1000.0, ModelMeasures.measure(Question.Measure.ACCURACY, "fashion-cnn"), 1e-9);
    }

    @Test
    void badModelKeysAreOneLineProblems() throws Exception {
        assertTrue(check("ask: a?\nanswer: 80\nmeasures: accuracy").get(0).message().contains("needs 'model:'"));
        assertTrue(check("ask: a?\nanswer: 80\nmeasures: accuracy\nmodel: no-such").get(0).message().contains("unknown model"));
        assertTrue(check("ask: a?\nanswer: 80\nmodel: fashion-cnn").get(0).message().contains("goes with measures"));
        assertTrue(check("ask: a?\nanswer: 80\nmeasures: accuracy\nmodel: fashion-cnn conv3:svd:2").get(0).message().contains("unknown scheme"));
        assertTrue(check("ask: a?\nanswer: 80\nmeasures: accuracy\nmodel: fashion-cnn conv3:filter-svd:99").get(0).message()
                .contains("cannot measure accuracy"));
    }
}
