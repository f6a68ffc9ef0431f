package org.convlab.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * FALLBACK, used only until the lesson format ({@code org.convlab.lesson}) is on main: a lenient
 * reading of a lesson file that is just enough to export something per step. It takes the
 * {@code title} from the YAML front matter, one step per {@code ## } heading, the step text, and
 * from a {@code ```scene} block only {@code kernel} (preset id), {@code method}, {@code stride}
 * and {@code padding}; other keys are ignored (later steps inherit earlier values). The real
 * export goes through the lesson parser and the app's views.
 */
public record FallbackLesson(Path file, String id, String title, List<Step> steps) {

    /** One {@code ## } section. */
    public record Step(int number, String title, String text, Map<String, Object> scene) { }

    public static FallbackLesson read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException("lesson " + file + " does not exist");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        int i = 0;
        String title = null;
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            int end = 1;
            while (end < lines.size() && !lines.get(end).strip().equals("---")) end++;
            if (end == lines.size()) throw new IOException(file + ":1: the front matter has no closing ---");
            Object front = load(yaml, String.join("\n", lines.subList(1, end)), file, 2);
            if (front instanceof Map<?, ?> m && m.get("title") != null) title = m.get("title").toString();
            i = end + 1;
        }
        List<Step> steps = new ArrayList<>();
        Map<String, Object> scene = new LinkedHashMap<>();
        String stepTitle = null;
        StringBuilder text = new StringBuilder();
        String fence = null;
        StringBuilder block = new StringBuilder();
        int blockLine = 0;
        for (; i < lines.size(); i++) {
            String l = lines.get(i);
            if (fence != null) {
                if (l.strip().startsWith("```")) {
                    if (fence.equals("scene")) {
                        Object o = load(yaml, block.toString(), file, blockLine);
                        if (o instanceof Map<?, ?> m) m.forEach((k, v) -> scene.put(String.valueOf(k), v));
                    }
                    fence = null;
                } else {
                    block.append(l).append('\n');
                }
                continue;
            }
            if (l.strip().startsWith("```")) {
                fence = l.strip().substring(3).strip();
                block.setLength(0);
                blockLine = i + 2;
                continue;
            }
            if (l.startsWith("## ")) {
                if (stepTitle != null) steps.add(new Step(steps.size() + 1, stepTitle, text.toString().strip(), new LinkedHashMap<>(scene)));
                stepTitle = l.substring(3).strip();
                text.setLength(0);
            } else if (stepTitle != null) {
                text.append(l).append('\n');
            } else if (title == null && l.startsWith("# ")) {
                title = l.substring(2).strip();
            }
        }
        if (stepTitle != null) steps.add(new Step(steps.size() + 1, stepTitle, text.toString().strip(), new LinkedHashMap<>(scene)));
        if (steps.isEmpty()) throw new IOException(file + ": not a lesson: it has no steps (## headings)");
        String id = ExportNames.lessonId(file.getFileName().toString());
        return new FallbackLesson(file, id, title == null ? id : title, List.copyOf(steps));
    }

    private static Object load(Yaml yaml, String text, Path file, int line) throws IOException {
        try {
            return yaml.load(text);
        } catch (RuntimeException e) {
            throw new IOException(file + ":" + line + ": bad YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** As an export deck, each step shown by {@link FallbackStepView}. */
    public ExportDeck deck() {
        FallbackLesson lesson = this;
        return new ExportDeck() {
            @Override public String lessonId() { return id; }
            @Override public String lessonTitle() { return title; }
            @Override public int stepCount() { return steps.size(); }
            @Override public StepView view(int step) {
                if (step < 1 || step > steps.size()) {
                    throw new IllegalArgumentException("step " + step + " is out of range: " + file + " has " + steps.size() + " step(s)");
                }
                return new FallbackStepView(lesson, steps.get(step - 1));
            }
        };
    }
}
