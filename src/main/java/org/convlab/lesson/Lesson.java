package org.convlab.lesson;

import java.nio.file.Path;
import java.util.List;

/**
 * A parsed lesson file.
 *
 * @param file    where it came from
 * @param id      the file name without {@code .md}; progress is stored under it
 * @param title   from the front matter
 * @param summary one sentence for the lesson browser (may be empty)
 * @param minutes estimated time, 0 when not given
 * @param intro   Markdown text between the front matter and the first step (may be empty)
 * @param introLine 1-based line where {@code intro} starts
 * @param steps   the {@code ## } sections
 * @param objectives what the student will be able to do afterwards (front matter {@code objectives:}; may be empty)
 */
public record Lesson(Path file, String id, String title, String summary, int minutes, String intro, int introLine, List<Step> steps,
                     List<String> objectives) {

    public Lesson {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
    }

    public int questionCount() {
        return steps.stream().mapToInt(s -> s.questions().size()).sum();
    }
}
