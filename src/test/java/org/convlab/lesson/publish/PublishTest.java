package org.convlab.lesson.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.convlab.lesson.Lesson;
import org.convlab.lesson.LessonChecker;
import org.convlab.lesson.LessonParser;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Quiz and web-page exports of the course: Moodle XML parses with one question per question block. */
class PublishTest {
    private static List<Lesson> course() throws Exception {
        List<Lesson> out = new ArrayList<>();
        for (Path f : LessonChecker.lessonFiles(Path.of("lessons"))) out.add(LessonParser.parse(f).lesson());
        return out;
    }

    private static long questionBlocks(Path dir) throws Exception {
        long n = 0;
        for (Path f : LessonChecker.lessonFiles(dir)) {
            n += Files.readAllLines(f).stream().filter(l -> l.trim().equals("```question")).count();
        }
        return n;
    }

    @Test
    void moodleXmlParsesWithOneQuestionPerQuestionBlock() throws Exception {
        String xml = QuizWriter.moodleXml(QuizWriter.items(course()));
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList qs = doc.getDocumentElement().getElementsByTagName("question");
        int questions = 0, multi = 0, numerical = 0, pictures = 0;
        for (int i = 0; i < qs.getLength(); i++) {
            Element q = (Element) qs.item(i);
            String type = q.getAttribute("type");
            if (type.equals("category")) continue;
            questions++;
            if (type.equals("multichoice")) {
                multi++;
                NodeList answers = q.getElementsByTagName("answer");
                long right = 0;
                for (int a = 0; a < answers.getLength(); a++) {
                    Element an = (Element) answers.item(a);
                    if (an.getAttribute("fraction").equals("100")) right++;
                    assertEquals(1, an.getElementsByTagName("feedback").getLength(), "feedback per answer");
                }
                assertEquals(1, right);
            } else {
                assertEquals("numerical", type);
                numerical++;
                assertEquals(1, q.getElementsByTagName("tolerance").getLength());
            }
            NodeList files = q.getElementsByTagName("file");
            if (files.getLength() > 0) {
                pictures++;
                byte[] png = Base64.getDecoder().decode(files.item(0).getTextContent());
                assertTrue(ImageIO.read(new ByteArrayInputStream(png)).getWidth() > 100);
                assertTrue(((Element) q.getElementsByTagName("questiontext").item(0)).getTextContent().contains("@@PLUGINFILE@@/scene.png"));
            }
        }
        assertEquals(questionBlocks(Path.of("lessons")), questions);
        assertTrue(multi > 10 && numerical > 10 && pictures > 10, multi + " " + numerical + " " + pictures);
    }

    @Test
    void giftHasOneEntryPerQuestion() throws Exception {
        String gift = QuizWriter.gift(QuizWriter.items(course()));
        long entries = gift.lines().filter(l -> l.startsWith("::")).count();
        assertEquals(questionBlocks(Path.of("lessons")), entries);
    }

    @Test
    void aLessonPageIsSelfContainedWithAnswersBehindDetails() throws Exception {
        Lesson l = LessonParser.parse(Path.of("lessons/04-low-rank.md")).lesson();
        String html = HtmlPage.render(l);
        assertEquals(l.questionCount(), html.split("<details>", -1).length - 1);
        assertTrue(html.contains("<img class=\"formula\""));
        assertTrue(html.contains("data:image/png;base64,"));
        assertFalse(html.contains("src=\"http"), "nothing loaded from elsewhere");
        assertFalse(html.contains("$$"), "no raw TeX left");
        assertTrue(html.contains(l.objectives().get(0)));
    }
}
