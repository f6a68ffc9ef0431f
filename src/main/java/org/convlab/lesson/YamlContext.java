package org.convlab.lesson;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one YAML block of a lesson file with SnakeYAML's node API (which keeps every node's
 * position) and reports mistakes as {@link Problem}s at the right line of the lesson file.
 */
final class YamlContext {
    private final Path file;
    private final int firstLine;
    private final List<Problem> problems;

    /** @param firstLine 1-based line of the lesson file where the YAML text starts */
    YamlContext(Path file, int firstLine, List<Problem> problems) {
        this.file = file;
        this.firstLine = firstLine;
        this.problems = problems;
    }

    /** Parses the text into a node tree; null (with a problem reported) if it is not valid YAML or empty. */
    Node compose(String text, String what) {
        try {
            Node n = new Yaml(loaderOptions()).compose(new StringReader(text));
            if (n == null) problems.add(new Problem(file, firstLine - 1, what + " is empty"));
            return n;
        } catch (MarkedYAMLException e) {
            int l = e.getProblemMark() != null ? firstLine + e.getProblemMark().getLine() : firstLine;
            String hint = String.valueOf(e.getProblem()).contains("mapping values are not allowed")
                    ? " (text containing ': ' must be in quotes, or start with '>' and continue on the next lines)" : "";
            problems.add(new Problem(file, l, what + " is not valid YAML: " + e.getProblem() + hint));
        } catch (YAMLException e) {
            String m = String.valueOf(e.getMessage());
            String why = m.contains("aliases") ? "anchors and aliases (&name, *name) of lists and maps are not allowed in lessons"
                    : m.contains("limit") || m.contains("exceeds") ? "it is too large or too deeply nested (" + m + ")"
                    : "it is not valid YAML: " + m;
            problems.add(new Problem(file, firstLine, what + " cannot be read: " + why));
        }
        return null;
    }

    /**
     * Lessons are data: no anchors and aliases for lists or maps (an alias "bomb" expands a few
     * lines into millions of nodes), shallow nesting, a bounded size.
     */
    static LoaderOptions loaderOptions() {
        LoaderOptions o = new LoaderOptions();
        o.setMaxAliasesForCollections(0);
        o.setAllowRecursiveKeys(false);
        o.setNestingDepthLimit(20);
        o.setCodePointLimit(256 * 1024);
        return o;
    }

    int problemCount() { return problems.size(); }

    int line(Node n) { return firstLine + n.getStartMark().getLine(); }

    void error(Node n, String message) { problems.add(new Problem(file, line(n), message)); }

    /**
     * The entries of a mapping, keyed by name. Unknown keys are reported with the nearest known
     * key as a suggestion; their values are skipped. {@code lines} receives {@code prefix + key}.
     */
    Map<String, Node> mapping(Node n, String what, List<String> known, String prefix, Map<String, Integer> lines) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (!(n instanceof MappingNode m)) {
            error(n, what + " must be a set of 'key: value' lines");
            return out;
        }
        for (NodeTuple t : m.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
            if (!known.contains(key)) {
                error(t.getKeyNode(), "unknown key '" + key + "' in " + what + Suggest.hint(key, known));
                continue;
            }
            if (out.containsKey(key)) {
                error(t.getKeyNode(), "key '" + key + "' appears twice in " + what);
                continue;
            }
            out.put(key, t.getValueNode());
            if (lines != null) lines.put(prefix + key, line(t.getKeyNode()));
        }
        return out;
    }

    String string(Node n, String what) {
        if (n instanceof ScalarNode s && !s.getValue().isBlank()) return s.getValue().trim();
        error(n, what + " must be a piece of text");
        return null;
    }

    /** An enum constant by its lower-case, dash-separated id. */
    <E extends Enum<E>> E choice(Node n, String what, Class<E> type) {
        String s = string(n, what);
        if (s == null) return null;
        String key = s.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) if (e.name().equals(key)) return e;
        List<String> ids = new java.util.ArrayList<>();
        for (E e : type.getEnumConstants()) ids.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        error(n, "bad value '" + s + "' for " + what + Suggest.hint(s.toLowerCase(Locale.ROOT), ids));
        return null;
    }

    Integer integer(Node n, String what, int min, int max) {
        if (n instanceof ScalarNode s) {
            try {
                int v = Integer.parseInt(s.getValue().trim());
                if (v >= min && v <= max) return v;
                error(n, "bad value " + v + " for " + what + ": must be " + min + " to " + max);
                return null;
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        error(n, "bad value " + show(n) + " for " + what + ": expected a whole number");
        return null;
    }

    Double number(Node n, String what) {
        if (n instanceof ScalarNode s) {
            try {
                double v = Double.parseDouble(s.getValue().trim().replace("_", ""));
                if (Double.isFinite(v)) return v;
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        error(n, "bad value " + show(n) + " for " + what + ": expected a number");
        return null;
    }

    /** {@code N}, {@code N,M} or {@code [N, M]} as a pair. */
    int[] pair(Node n, String what, int min, int max) {
        if (n instanceof SequenceNode seq && seq.getValue().size() == 2) {
            Integer a = integer(seq.getValue().get(0), what, min, max), b = integer(seq.getValue().get(1), what, min, max);
            return a == null || b == null ? null : new int[] {a, b};
        }
        if (n instanceof ScalarNode s) {
            String[] parts = s.getValue().trim().split("\\s*[,x×]\\s*");
            try {
                int a = Integer.parseInt(parts[0]), b = parts.length == 2 ? Integer.parseInt(parts[1]) : a;
                if (parts.length <= 2) {
                    if (a < min || a > max || b < min || b > max) {
                        error(n, "bad value '" + s.getValue() + "' for " + what + ": each must be " + min + " to " + max);
                        return null;
                    }
                    return new int[] {a, b};
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        error(n, "bad value " + show(n) + " for " + what + ": expected N or N,M");
        return null;
    }

    /** Rows of numbers, e.g. {@code [[1, 2], [3, 4]]}; rows of unequal length are reported. */
    float[][] matrix(Node n, String what) {
        if (!(n instanceof SequenceNode rows) || rows.getValue().isEmpty()) {
            error(n, what + " must be a list of rows, e.g. [[1, 0, -1], [2, 0, -2], [1, 0, -1]]");
            return null;
        }
        float[][] out = new float[rows.getValue().size()][];
        boolean ok = true;
        for (int i = 0; i < out.length; i++) {
            Node row = rows.getValue().get(i);
            if (!(row instanceof SequenceNode r) || r.getValue().isEmpty()) {
                error(row, what + " row " + (i + 1) + " must be a list of numbers like [1, 0, -1]");
                ok = false;
                continue;
            }
            out[i] = new float[r.getValue().size()];
            for (int j = 0; j < out[i].length; j++) {
                Double v = number(r.getValue().get(j), what + " row " + (i + 1));
                if (v == null) ok = false; else out[i][j] = v.floatValue();
            }
            if (i > 0 && out[0] != null && out[i].length != out[0].length) {
                error(row, "wrong shape: " + what + " row " + (i + 1) + " has " + out[i].length
                        + " values, row 1 has " + out[0].length);
                ok = false;
            }
        }
        return ok ? out : null;
    }

    /** A list of scalars as strings (a single scalar counts as a list of one). */
    List<String> strings(Node n, String what) {
        List<String> out = new java.util.ArrayList<>();
        if (n instanceof ScalarNode s) {
            out.add(s.getValue().trim());
        } else if (n instanceof SequenceNode seq) {
            for (Node c : seq.getValue()) {
                String s = string(c, what);
                if (s != null) out.add(s);
            }
        } else {
            error(n, what + " must be a list");
        }
        return out;
    }

    static String show(Node n) {
        return n instanceof ScalarNode s ? "'" + s.getValue() + "'" : "(a " + n.getNodeId().name() + ")";
    }
}
