package org.convlab.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Parses a lesson file: YAML front matter (title, summary, minutes), then one {@code ## } section
 * per step with a {@code ```scene} block and optional {@code ```question} blocks. Markdown
 * structure comes from commonmark (with source positions), every YAML block from SnakeYAML's
 * node API, so each key keeps its line for the checker's {@code file:line: message}.
 */
public final class LessonParser {
    static final List<String> FRONT_KEYS = List.of("title", "summary", "minutes", "objectives", "tags", "author");

    private static final Parser MARKDOWN = Parser.builder()
            .extensions(List.of(YamlFrontMatterExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    private LessonParser() { }

    /** The lesson (null only if the file cannot be read) and every mistake found while parsing. */
    public record Result(Lesson lesson, List<Problem> problems) {
        public boolean ok() { return lesson != null && problems.isEmpty(); }
    }

    public static Result parse(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file);
        } catch (IOException | java.io.UncheckedIOException e) {
            return new Result(null, List.of(new Problem(file, 1, "cannot read lesson: " + e.getMessage())));
        }
    }

    public static Result parse(String text, Path file) {
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        Node doc = MARKDOWN.parse(text);
        String title = null, summary = "";
        int minutes = 0;
        List<String> objectives = List.of();
        StringBuilder intro = new StringBuilder();
        List<Step> steps = new ArrayList<>();
        StepDraft cur = null;
        Scene base = SceneReader.defaults();
        boolean sawFront = false;
        int introLine = 1;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            int first = firstLine(n), last = lastLine(n);
            if (n instanceof YamlFrontMatterBlock) {
                sawFront = true;
                YamlContext y = new YamlContext(file, first + 2, problems);
                String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, first + 1, Math.max(first + 1, last)));
                var root = y.compose(yaml, "front matter");
                if (root != null) {
                    Map<String, org.yaml.snakeyaml.nodes.Node> m = y.mapping(root, "front matter", FRONT_KEYS, "", null);
                    if (m.containsKey("title")) title = y.string(m.get("title"), "title");
                    if (m.containsKey("summary")) summary = orEmpty(y.string(m.get("summary"), "summary"));
                    if (m.containsKey("objectives")) objectives = y.strings(m.get("objectives"), "objectives");
                    if (m.containsKey("minutes")) { Integer v = y.integer(m.get("minutes"), "minutes", 1, 600); if (v != null) minutes = v; }
                }
            } else if (n instanceof Heading h && h.getLevel() == 2) {
                if (cur != null) base = finish(cur, steps, base, problems, file);
                cur = new StepDraft(steps.size() + 1, headingText(h), first + 1);
            } else if (n instanceof FencedCodeBlock f && isBlock(f, "scene", "question")) {
                if (cur == null) {
                    problems.add(new Problem(file, first + 1, "a ```" + info(f) + " block must be inside a step (after a ## heading)"));
                } else if (info(f).equals("scene")) {
                    if (cur.sceneBlock != null) problems.add(new Problem(file, first + 1, "step " + cur.number + " has two ```scene blocks; keep one"));
                    else cur.sceneBlock = f;
                } else {
                    cur.questionBlocks.add(f);
                }
            } else if (first >= 0) {
                StringBuilder sb = cur == null ? intro : cur.text;
                if (cur == null && intro.length() == 0) introLine = first + 1;
                if (cur != null && cur.textLine < 0) cur.textLine = first + 1;
                if (sb.length() > 0) sb.append("\n\n");
                sb.append(String.join("\n", java.util.Arrays.copyOfRange(lines, first, Math.min(lines.length, last + 1))));
            }
        }
        if (cur != null) finish(cur, steps, base, problems, file);
        if (!sawFront) problems.add(new Problem(file, 1, "the lesson needs a front matter block between --- lines with at least 'title:'"));
        else if (title == null) problems.add(new Problem(file, 1, "the front matter needs 'title:'"));
        if (steps.isEmpty()) problems.add(new Problem(file, Math.max(1, lines.length), "the lesson has no steps (each step starts with a '## ' heading)"));
        String id = file == null ? "lesson" : file.getFileName().toString().replaceFirst("\\.md$", "");
        Lesson lesson = new Lesson(file, id, title == null ? id : title, summary, minutes, intro.toString().trim(), introLine, List.copyOf(steps), objectives);
        problems.sort(java.util.Comparator.comparingInt(Problem::line));
        return new Result(lesson, List.copyOf(problems));
    }

    private static Scene finish(StepDraft d, List<Step> steps, Scene base, List<Problem> problems, Path file) {
        Scene scene = base;
        if (d.sceneBlock == null) {
            problems.add(new Problem(file, d.line, "step " + d.number + " (" + d.title + ") has no ```scene block"));
        } else {
            int fence = firstLine(d.sceneBlock) + 1;
            YamlContext y = new YamlContext(file, fence + 1, problems);
            var root = y.compose(d.sceneBlock.getLiteral(), "scene");
            if (root != null) {
                Scene read = new SceneReader(y).read(root, base);
                Map<String, Integer> lines = new LinkedHashMap<>(read.lines());
                lines.put("scene", fence);
                scene = withLines(read, lines);
            }
            if (scene.image() == null && scene.lines().get("image") == null) {
                problems.add(new Problem(file, fence, "missing image: the first step's scene must name an image (pattern, sample or file)"));
            }
        }
        List<Question> qs = new ArrayList<>();
        for (FencedCodeBlock q : d.questionBlocks) {
            int fence = firstLine(q) + 1;
            YamlContext y = new YamlContext(file, fence + 1, problems);
            var root = y.compose(q.getLiteral(), "question");
            if (root == null) continue;
            Question read = new QuestionReader(y).read(root, fence);
            if (read != null) qs.add(read);
        }
        steps.add(new Step(d.number, d.title, d.line, d.text.toString().trim(), d.textLine < 0 ? d.line : d.textLine, scene, List.copyOf(qs)));
        return scene;
    }

    private static Scene withLines(Scene s, Map<String, Integer> lines) {
        return new Scene(s.image(), s.kernel(), s.method(), s.channels(), s.filters(), s.strideH(), s.strideW(), s.padding(),
                s.dilationH(), s.dilationW(), s.rank(), s.view(), s.animation(), s.highlight(), lines);
    }

    private static final class StepDraft {
        final int number, line;
        final String title;
        final StringBuilder text = new StringBuilder();
        int textLine = -1;
        FencedCodeBlock sceneBlock;
        final List<FencedCodeBlock> questionBlocks = new ArrayList<>();

        StepDraft(int number, String title, int line) { this.number = number; this.title = title; this.line = line; }
    }

    private static String orEmpty(String s) { return s == null ? "" : s; }

    static String info(FencedCodeBlock f) {
        String i = f.getInfo() == null ? "" : f.getInfo().trim();
        int sp = i.indexOf(' ');
        return sp < 0 ? i : i.substring(0, sp);
    }

    private static boolean isBlock(FencedCodeBlock f, String... kinds) {
        return List.of(kinds).contains(info(f));
    }

    private static String headingText(Heading h) {
        StringBuilder sb = new StringBuilder();
        collect(h, sb);
        return sb.toString().trim();
    }

    private static void collect(Node n, StringBuilder sb) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text t) sb.append(t.getLiteral());
            else if (c instanceof org.commonmark.node.Code code) sb.append(code.getLiteral());
            else collect(c, sb);
        }
    }

    /** 0-based first line of a block, -1 if unknown. */
    static int firstLine(Node n) {
        List<SourceSpan> s = n.getSourceSpans();
        return s.isEmpty() ? -1 : s.get(0).getLineIndex();
    }

    static int lastLine(Node n) {
        List<SourceSpan> s = n.getSourceSpans();
        return s.isEmpty() ? -1 : s.get(s.size() - 1).getLineIndex();
    }

}
