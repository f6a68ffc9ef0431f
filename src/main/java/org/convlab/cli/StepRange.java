package org.convlab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Parses step lists such as {@code 3}, {@code 1-5} or {@code 1,3,7-9} (1-based, checked against the count). */
final class StepRange {
    private StepRange() { }

    /** The chosen steps in order; null or blank means all of them. */
    static List<Integer> parse(String spec, int count, String lesson) {
        if (spec == null || spec.isBlank()) {
            List<Integer> all = new ArrayList<>();
            for (int i = 1; i <= count; i++) all.add(i);
            return all;
        }
        TreeSet<Integer> out = new TreeSet<>();
        for (String part : spec.split(",")) {
            int[] r = span(part, count, "--steps", "step", lesson);
            for (int i = r[0]; i <= r[1]; i++) out.add(i);
        }
        return new ArrayList<>(out);
    }

    /** One {@code A} or {@code A-B}, 1-based and inclusive, within 1..count. */
    static int[] span(String part, int count, String option, String what) {
        return span(part, count, option, what, null);
    }

    /** As {@link #span(String, int, String, String)}, naming {@code owner} (e.g. the lesson) in the out-of-range message. */
    static int[] span(String part, int count, String option, String what, String owner) {
        String p = part.trim();
        int a, b;
        try {
            int dash = p.indexOf('-', 1);
            if (dash < 0) {
                a = b = Integer.parseInt(p);
            } else {
                a = Integer.parseInt(p.substring(0, dash).trim());
                b = Integer.parseInt(p.substring(dash + 1).trim());
            }
        } catch (NumberFormatException e) {
            throw new CliException(option + ": '" + part + "' is not a " + what + " number or range like 1-5");
        }
        if (a > b) throw new CliException(option + ": range " + part + " runs backwards");
        if (a < 1 || b > count) {
            throw new CliException(option + ": " + what + " " + (a < 1 ? a : b) + " is out of range ("
                    + (owner == null ? "there are " : owner + " has ") + count + " " + what + (count == 1 ? "" : "s") + ")");
        }
        return new int[] {a, b};
    }
}
