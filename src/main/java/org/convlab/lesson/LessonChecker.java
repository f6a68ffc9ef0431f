package org.convlab.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.convlab.engine.ConvResult;
import org.convlab.engine.ShapeException;
import org.convlab.engine.Tensor;

/**
 * Validates lessons the way the app will use them: parses each file, builds every step's scene,
 * runs it through the engine, checks numeric answers that say what they measure against the
 * engine's own counts, and parses every formula. Every mistake is a {@link Problem}
 * ({@code file:line: message}).
 */
public final class LessonChecker {
    private LessonChecker() { }

    /** What a check found. */
    public record Report(List<Lesson> lessons, List<Problem> problems) {
        public int steps() { return lessons.stream().mapToInt(l -> l.steps().size()).sum(); }
        public int questions() { return lessons.stream().mapToInt(Lesson::questionCount).sum(); }
        public boolean ok() { return problems.isEmpty(); }

        public String summary() {
            return String.format(Locale.ROOT, "%d lesson(s), %d step(s), %d question(s): all fine", lessons.size(), steps(), questions());
        }
    }

    /** Files in a lesson folder that are documentation, not lessons. */
    public static final java.util.Set<String> NOT_LESSONS = java.util.Set.of("readme.md", "teaching.md");

    /** Lesson files in a folder: every {@code *.md} except {@code README.md} and {@code TEACHING.md}, by name. */
    public static List<Path> lessonFiles(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p))
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .filter(p -> !NOT_LESSONS.contains(p.getFileName().toString().toLowerCase(Locale.ROOT)))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
    }

    /** Checks a folder of lessons, or one lesson file. */
    public static Report check(Path dirOrFile) throws IOException {
        List<Path> files = Files.isDirectory(dirOrFile) ? lessonFiles(dirOrFile) : List.of(dirOrFile);
        List<Lesson> lessons = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path f : files) {
            LessonParser.Result r = LessonParser.parse(f);
            List<Problem> mine = new ArrayList<>(r.problems());
            if (r.lesson() != null) {
                lessons.add(r.lesson());
                mine.addAll(checkSteps(r.lesson(), SceneBuilder.Context.forLesson(f), r.problems()));
            }
            problems.addAll(capped(mine));
        }
        return new Report(List.copyOf(lessons), List.copyOf(problems));
    }

    /** Checks one parsed lesson: a parse plus scenes, engine runs, answers and formulas. */
    public static List<Problem> check(LessonParser.Result parsed, SceneBuilder.Context ctx) {
        List<Problem> out = new ArrayList<>(parsed.problems());
        if (parsed.lesson() != null) out.addAll(checkSteps(parsed.lesson(), ctx, parsed.problems()));
        return capped(out);
    }

    /** Most messages shown for one file; the rest are counted in a last "…and N more". */
    public static final int MAX_PROBLEMS_PER_FILE = 30;

    /** The first {@link #MAX_PROBLEMS_PER_FILE} problems and, if there were more, one line counting the rest. */
    static List<Problem> capped(List<Problem> ps) {
        if (ps.size() <= MAX_PROBLEMS_PER_FILE) return ps;
        List<Problem> out = new ArrayList<>(ps.subList(0, MAX_PROBLEMS_PER_FILE));
        Problem last = out.get(out.size() - 1);
        out.add(new Problem(last.file(), last.line(), "…and " + (ps.size() - MAX_PROBLEMS_PER_FILE) + " more problem(s) in this file"));
        return out;
    }

    private static String clip(String tex) {
        return tex.length() > 60 ? tex.substring(0, 60) + "…" : tex;
    }

    /**
     * Builds and runs every step. Steps at or after a parse problem are skipped: their scene may
     * hold defaults in place of the broken values, and the parse message already says what is wrong.
     */
    static List<Problem> checkSteps(Lesson lesson, SceneBuilder.Context ctx, List<Problem> parseProblems) {
        List<Problem> out = new ArrayList<>();
        Path file = lesson.file();
        int firstBad = parseProblems.stream().mapToInt(Problem::line).min().orElse(Integer.MAX_VALUE);
        formulas(file, lesson.intro(), lesson.introLine(), out);
        List<Step> steps = lesson.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            int end = i + 1 < steps.size() ? steps.get(i + 1).line() : Integer.MAX_VALUE;
            if (firstBad < end) break;
            Scene sc = step.scene();
            int fence = sc.lineOf("scene", step.line());
            formulas(file, step.markdown(), step.textLine(), out);
            SceneBuilder.Built built;
            try {
                built = SceneBuilder.build(sc, ctx);
            } catch (SceneException e) {
                out.add(new Problem(file, sc.lineOf(e.key(), fence), e.getMessage()));
                continue;
            }
            ConvResult res;
            try {
                res = built.run();
            } catch (ShapeException e) {
                out.add(new Problem(file, refusalLine(sc, e.getMessage(), fence), "the engine refuses this step: " + e.getMessage()));
                continue;
            }
            highlights(file, sc, built, res, fence, out);
            for (Question q : step.questions()) {
                String leak = AnswerLeaks.find(step, q);
                if (leak != null) out.add(new Problem(file, q.line(), "the step's text gives the answer away before the question is answered ("
                        + leak + "); predict-then-reveal needs the answer only in the feedback"));
                if (q.measures() == null) continue;
                double actual;
                try {
                    actual = q.measures().ofModel() ? ModelMeasures.measure(q.measures(), q.model())
                            : SceneMeasures.measure(q.measures(), built, res);
                } catch (IllegalArgumentException e) {
                    out.add(new Problem(file, q.line(), "cannot measure " + q.measures().id() + ": " + e.getMessage()));
                    continue;
                }
                if (!q.acceptsNumber(actual)) {
                    out.add(new Problem(file, q.line(), String.format(Locale.ROOT,
                            "answer %s does not match " + (q.measures().ofModel() ? "the model's" : "the scene's") + " %s, which the engine computes as %s", q.answerText(), q.measures().id(),
                            actual == Math.rint(actual) ? String.format(Locale.ROOT, "%,d", (long) actual) : String.format(Locale.ROOT, "%.6g", actual))));
                }
            }
        }
        return out;
    }

    /** The key an engine refusal is most likely about, written in this step if possible. */
    static int refusalLine(Scene sc, String msg, int fence) {
        String m = msg.toLowerCase(Locale.ROOT);
        List<String> keys;
        if (m.contains("separable")) keys = List.of("method", "kernel");
        else if (m.contains("rank")) keys = List.of("rank", "method");
        else if (m.contains("output")) keys = List.of("padding", "stride", "dilation", "kernel", "image");
        else keys = List.of("method", "kernel", "channels", "filters");
        int best = -1;
        for (String k : keys) {
            Integer l = sc.lines().get(k);
            if (l != null && l > fence && l > best) best = l;
        }
        if (best > 0) return best;
        Integer l = sc.lines().get(keys.get(0));
        return l != null ? l : fence;
    }

    private static void highlights(Path file, Scene sc, SceneBuilder.Built b, ConvResult r, int fence, List<Problem> out) {
        Scene.Highlight h = sc.highlight();
        if (h.cells().isEmpty()) return;
        Tensor t = switch (h.cellPanel()) {
            case "input" -> b.image();
            case "intermediate" -> r.intermediate();
            case "kernel" -> null;
            default -> r.output();
        };
        int rows = t != null ? t.height() : b.bank().kernel().kernelHeight();
        int cols = t != null ? t.width() : b.bank().kernel().kernelWidth();
        if (t == null && !h.cellPanel().equals("kernel")) {
            out.add(new Problem(file, sc.lineOf("highlight.in", fence), "bad value: this method has no intermediate to highlight"));
            return;
        }
        for (int[] c : h.cells()) {
            if (c[0] >= rows || c[1] >= cols) {
                out.add(new Problem(file, sc.lineOf("highlight.cells", fence), "bad value: highlight cell [" + c[0] + ", " + c[1]
                        + "] is outside the " + h.cellPanel() + " (" + rows + "×" + cols + ")"));
            }
        }
    }

    static void formulas(Path file, String markdown, int firstLine, List<Problem> out) {
        for (MathText.Formula f : MathText.extract(markdown).formulas()) {
            String err = Formulas.error(f.tex());
            if (err != null) out.add(new Problem(file, firstLine + f.line(), "bad formula $" + clip(f.tex()) + "$: " + err));
        }
    }
}
