package org.convlab.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of the caption strip under an exported picture. Any part may be null or blank and is
 * then left out; the parts are joined with " · ".
 *
 * @param lesson lesson title, e.g. "Depthwise convolution"
 * @param step   step label, e.g. "Step 3 of 7: one filter per channel"
 * @param method method id, e.g. "depthwise-separable"
 * @param counts counted work, e.g. "4,608 multiplies · 4,096 additions"
 */
public record Caption(String lesson, String step, String method, String counts) {

    /** The caption as one line. */
    public String text() {
        List<String> parts = new ArrayList<>(4);
        for (String p : new String[] {lesson, step, method, counts}) {
            if (p != null && !p.isBlank()) parts.add(p.strip());
        }
        return String.join("  ·  ", parts);
    }

    public boolean isEmpty() { return text().isEmpty(); }
}
