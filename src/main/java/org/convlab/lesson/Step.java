package org.convlab.lesson;

import java.util.List;

/**
 * One step of a lesson: a {@code ## } section.
 *
 * @param number    1-based position in the lesson
 * @param title     the heading text
 * @param line      1-based line of the heading
 * @param markdown  the step's text as written (Markdown with {@code $…$} formulas), without the
 *                  scene and question blocks
 * @param textLine  1-based line where {@code markdown} starts in the file
 * @param scene     what the workbench shows (keys left out keep the previous step's values)
 * @param questions "predict, then reveal" questions, in order
 */
public record Step(int number, String title, int line, String markdown, int textLine, Scene scene,
                   List<Question> questions) { }
