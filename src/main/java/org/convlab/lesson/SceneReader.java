package org.convlab.lesson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convlab.engine.KernelPresets;
import org.convlab.engine.Method;
import org.convlab.engine.Padding;
import org.convlab.engine.ShapeException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a {@code ```scene} block into a {@link Scene}, on top of the previous step's scene. */
final class SceneReader {
    static final List<String> KEYS = List.of("image", "kernel", "method", "channels", "filters", "stride", "padding",
            "dilation", "rank", "view", "animation", "highlight");
    static final List<String> IMAGE_KEYS = List.of("pattern", "sample", "file", "size");
    static final List<String> KERNEL_KEYS = List.of("preset", "size", "sigma", "seed", "weights", "pointwise", "per-channel");
    static final List<String> ANIMATION_KEYS = List.of("position", "granularity");
    static final List<String> HIGHLIGHT_KEYS = List.of("cells", "panels", "in");
    static final int DEFAULT_PATTERN_SIZE = 32;

    private final YamlContext y;

    SceneReader(YamlContext y) { this.y = y; }

    /** The defaults a lesson starts from (image left unset: the first scene must name one). */
    static Scene defaults() {
        return new Scene(null, new Scene.KernelRef("identity", 3, 3, 0, null, null), Method.STANDARD, 1, 1, 1, 1,
                Padding.valid(), 1, 1, 1, Scene.View.WORKBENCH, Scene.Animation.START, Scene.Highlight.NONE, Map.of());
    }

    Scene read(Node root, Scene base) {
        Map<String, Integer> lines = new LinkedHashMap<>(base.lines());
        Map<String, Node> m = y.mapping(root, "scene", KEYS, "", lines);
        Scene.ImageRef image = m.containsKey("image") ? image(m.get("image"), lines) : base.image();
        Scene.KernelRef kernel = m.containsKey("kernel") ? kernel(m.get("kernel"), lines) : base.kernel();
        Method method = base.method();
        if (m.containsKey("method")) {
            String s = y.string(m.get("method"), "method");
            try {
                if (s != null) method = Method.parse(s);
            } catch (ShapeException e) {
                List<String> ids = java.util.Arrays.stream(Method.values()).map(Method::id).toList();
                y.error(m.get("method"), "bad value '" + s + "' for method" + Suggest.hint(s, ids));
            }
        }
        int channels = intOr(m.get("channels"), "channels", 1, 1024, base.channels());
        int filters = intOr(m.get("filters"), "filters", 1, 4096, base.filters());
        int[] stride = pairOr(m.get("stride"), "stride", new int[] {base.strideH(), base.strideW()});
        int[] dilation = pairOr(m.get("dilation"), "dilation", new int[] {base.dilationH(), base.dilationW()});
        Padding padding = base.padding();
        if (m.containsKey("padding")) {
            Node n = m.get("padding");
            String s = n instanceof ScalarNode sc ? sc.getValue() : null;
            if (n instanceof SequenceNode seq && seq.getValue().size() == 2) {
                int[] p = y.pair(n, "padding", 0, 64);
                if (p != null) padding = Padding.of(p[0], p[1]);
            } else {
                try {
                    padding = Padding.parse(s == null ? "?" : s);
                    if (padding.height() > 64 || padding.width() > 64) throw new ShapeException("too large");
                } catch (ShapeException e) {
                    y.error(n, "bad value " + YamlContext.show(n) + " for padding: expected same, valid, N or N,M (0 to 64)");
                }
            }
        }
        int rank = intOr(m.get("rank"), "rank", 1, 15, base.rank());
        Scene.View view = base.view();
        if (m.containsKey("view")) {
            Scene.View v = y.choice(m.get("view"), "view", Scene.View.class);
            if (v != null) view = v;
        }
        Scene.Animation anim = m.containsKey("animation") ? animation(m.get("animation"), base.animation(), lines) : base.animation();
        Scene.Highlight hl = m.containsKey("highlight") ? highlight(m.get("highlight"), lines) : Scene.Highlight.NONE;
        return new Scene(image, kernel, method, channels, filters, stride[0], stride[1], padding, dilation[0], dilation[1],
                rank, view, anim, hl, lines);
    }

    private int intOr(Node n, String what, int min, int max, int dflt) {
        if (n == null) return dflt;
        Integer v = y.integer(n, what, min, max);
        return v == null ? dflt : v;
    }

    private int[] pairOr(Node n, String what, int[] dflt) {
        if (n == null) return dflt;
        int[] v = y.pair(n, what, 1, 64);
        return v == null ? dflt : v;
    }

    private Scene.ImageRef image(Node n, Map<String, Integer> lines) {
        if (n instanceof ScalarNode s) return imageByName(s.getValue().trim(), 0, 0);
        Map<String, Node> m = y.mapping(n, "image", IMAGE_KEYS, "image.", lines);
        int[] size = {0, 0};
        if (m.containsKey("size")) {
            int[] p = y.pair(m.get("size"), "image size", 1, 4096);
            if (p != null) size = p;
        }
        int given = (m.containsKey("pattern") ? 1 : 0) + (m.containsKey("sample") ? 1 : 0) + (m.containsKey("file") ? 1 : 0);
        if (given != 1) {
            y.error(n, "image needs exactly one of pattern, sample or file");
            return null;
        }
        if (m.containsKey("pattern")) {
            String p = y.string(m.get("pattern"), "image pattern");
            if (p == null) return null;
            if (!Patterns.NAMES.contains(p)) {
                y.error(m.get("pattern"), "bad value '" + p + "' for image pattern" + Suggest.hint(p, Patterns.NAMES));
                return null;
            }
            int h = size[0] > 0 ? size[0] : DEFAULT_PATTERN_SIZE, w = size[1] > 0 ? size[1] : h;
            return new Scene.ImageRef(Scene.ImageRef.Source.PATTERN, p, h, w);
        }
        boolean sample = m.containsKey("sample");
        String name = y.string(m.get(sample ? "sample" : "file"), sample ? "image sample" : "image file");
        if (name == null) return null;
        return new Scene.ImageRef(sample ? Scene.ImageRef.Source.SAMPLE : Scene.ImageRef.Source.FILE, name, size[0], size[1]);
    }

    /** A bare name: a pattern if it is one, a file if it looks like a path, else a sample. */
    static Scene.ImageRef imageByName(String name, int h, int w) {
        if (Patterns.NAMES.contains(name)) {
            int hh = h > 0 ? h : DEFAULT_PATTERN_SIZE;
            return new Scene.ImageRef(Scene.ImageRef.Source.PATTERN, name, hh, w > 0 ? w : hh);
        }
        boolean file = name.contains("/") || name.contains("\\") || name.matches(".*\\.(png|jpe?g|bmp|gif)$");
        return new Scene.ImageRef(file ? Scene.ImageRef.Source.FILE : Scene.ImageRef.Source.SAMPLE, name, h, w);
    }

    private Scene.KernelRef kernel(Node n, Map<String, Integer> lines) {
        if (n instanceof ScalarNode s) {
            String id = presetId(n, s.getValue().trim());
            return id == null ? null : new Scene.KernelRef(id, 3, 3, 0, null, null);
        }
        Map<String, Node> m = y.mapping(n, "kernel", KERNEL_KEYS, "kernel.", lines);
        if (m.containsKey("per-channel")) return perChannel(m, lines);
        if (m.containsKey("preset") == m.containsKey("weights")) {
            y.error(n, "kernel needs exactly one of preset or weights");
            return null;
        }
        float[][] pw = m.containsKey("pointwise") ? y.matrix(m.get("pointwise"), "pointwise matrix") : null;
        if (m.containsKey("weights")) {
            float[][] w = y.matrix(m.get("weights"), "kernel weights");
            if (m.containsKey("size")) y.error(m.get("size"), "kernel size comes from the weights rows; remove 'size'");
            if (w == null) return null;
            if (w.length > 15 || w[0].length > 15) {
                y.error(m.get("weights"), "wrong shape: kernel weights are " + w.length + "×" + w[0].length + ", at most 15×15");
                return null;
            }
            return new Scene.KernelRef(null, w.length, w[0].length, 0, w, pw);
        }
        String id = presetId(m.get("preset"), y.string(m.get("preset"), "kernel preset"));
        int[] size = m.containsKey("size") ? y.pair(m.get("size"), "kernel size", 1, 15) : new int[] {3, 3};
        double param = 0;
        if (m.containsKey("sigma") && m.containsKey("seed")) y.error(m.get("seed"), "give sigma or seed, not both");
        if (m.containsKey("sigma")) {
            Double s = y.number(m.get("sigma"), "sigma");
            if (s != null && s <= 0) y.error(m.get("sigma"), "bad value " + s + " for sigma: must be > 0");
            if (s != null) param = s;
        }
        if (m.containsKey("seed")) {
            Integer s = y.integer(m.get("seed"), "seed", 0, Integer.MAX_VALUE);
            if (s != null) param = s;
        }
        if (id == null || size == null) return null;
        return new Scene.KernelRef(id, size[0], size[1], param, null, pw);
    }

    /**
     * {@code per-channel: [sobel-x, sobel-y, [[0,1,0],[1,-4,1],[0,1,0]]]}: one kernel per input channel,
     * each a 3×3 preset id (or {@code size:}) or explicit rows; the first is shown as the designed kernel.
     */
    private Scene.KernelRef perChannel(Map<String, Node> m, Map<String, Integer> lines) {
        Node list = m.get("per-channel");
        for (String k : List.of("preset", "weights", "sigma", "seed")) {
            if (m.containsKey(k)) y.error(m.get(k), "'" + k + "' and 'per-channel' exclude each other: name each channel's kernel in the list");
        }
        int[] size = m.containsKey("size") ? y.pair(m.get("size"), "kernel size", 1, 15) : new int[] {3, 3};
        if (!(list instanceof org.yaml.snakeyaml.nodes.SequenceNode seq) || seq.getValue().isEmpty() || size == null) {
            y.error(list, "per-channel must be a list with one kernel per channel: preset ids or rows like [[1, 0, -1], …]");
            return null;
        }
        float[][] pw = m.containsKey("pointwise") ? y.matrix(m.get("pointwise"), "pointwise matrix") : null;
        float[][][] out = new float[seq.getValue().size()][][];
        for (int c = 0; c < out.length; c++) {
            Node item = seq.getValue().get(c);
            if (item instanceof ScalarNode sc) {
                String id = presetId(item, sc.getValue().trim());
                if (id == null) return null;
                try {
                    float[] k = KernelPresets.create(id, size[0], size[1], 0);
                    out[c] = new float[size[0]][size[1]];
                    for (int i = 0; i < size[0]; i++) System.arraycopy(k, i * size[1], out[c][i], 0, size[1]);
                } catch (org.convlab.engine.ShapeException e) {
                    y.error(item, "wrong shape: " + e.getMessage());
                    return null;
                }
            } else {
                out[c] = y.matrix(item, "per-channel kernel " + (c + 1));
                if (out[c] == null) return null;
                if (out[c].length != size[0] || out[c][0].length != size[1]) {
                    y.error(item, "wrong shape: per-channel kernel " + (c + 1) + " is " + out[c].length + "×" + out[c][0].length
                            + ", the others are " + size[0] + "×" + size[1]);
                    return null;
                }
            }
            if (c == 0 && !m.containsKey("size")) size = new int[] {out[0].length, out[0][0].length};
        }
        return new Scene.KernelRef(null, size[0], size[1], 0, out[0], pw, out);
    }

    private String presetId(Node n, String s) {
        if (s == null) return null;
        String id = s.toLowerCase(Locale.ROOT);
        if (KernelPresets.IDS.contains(id)) return id;
        y.error(n, "bad value '" + s + "' for kernel preset" + Suggest.hint(id, KernelPresets.IDS));
        return null;
    }

    private Scene.Animation animation(Node n, Scene.Animation base, Map<String, Integer> lines) {
        Map<String, Node> m = y.mapping(n, "animation", ANIMATION_KEYS, "animation.", lines);
        int pos = base.position();
        Scene.Granularity g = base.granularity();
        if (m.containsKey("position")) {
            Node p = m.get("position");
            if (p instanceof ScalarNode s && s.getValue().trim().equals("end")) pos = -1;
            else if (p instanceof ScalarNode s && s.getValue().trim().equals("start")) pos = 0;
            else { Integer v = y.integer(p, "animation position (a step number, start or end)", 0, Integer.MAX_VALUE); if (v != null) pos = v; }
        }
        if (m.containsKey("granularity")) {
            Scene.Granularity v = y.choice(m.get("granularity"), "animation granularity", Scene.Granularity.class);
            if (v != null) g = v;
        }
        return new Scene.Animation(pos, g);
    }

    private Scene.Highlight highlight(Node n, Map<String, Integer> lines) {
        Map<String, Node> m = y.mapping(n, "highlight", HIGHLIGHT_KEYS, "highlight.", lines);
        List<String> panels = new java.util.ArrayList<>();
        if (m.containsKey("panels")) {
            for (String p : y.strings(m.get("panels"), "highlight panels")) {
                if (Scene.Highlight.PANELS.contains(p)) panels.add(p);
                else y.error(m.get("panels"), "bad value '" + p + "' for highlight panels" + Suggest.hint(p, Scene.Highlight.PANELS));
            }
        }
        String in = "output";
        if (m.containsKey("in")) {
            String s = y.string(m.get("in"), "highlight in");
            if (s != null && List.of("input", "kernel", "intermediate", "output").contains(s)) in = s;
            else if (s != null) y.error(m.get("in"), "bad value '" + s + "' for highlight in" + Suggest.hint(s, List.of("input", "kernel", "intermediate", "output")));
        }
        List<int[]> cells = new java.util.ArrayList<>();
        if (m.containsKey("cells")) {
            float[][] c = y.matrix(m.get("cells"), "highlight cells");
            if (c != null) {
                for (float[] rc : c) {
                    if (rc.length != 2 || rc[0] < 0 || rc[1] < 0 || rc[0] != Math.rint(rc[0]) || rc[1] != Math.rint(rc[1])) {
                        y.error(m.get("cells"), "highlight cells are [row, column] pairs of whole numbers ≥ 0");
                        break;
                    }
                    cells.add(new int[] {(int) rc[0], (int) rc[1]});
                }
            }
        }
        return new Scene.Highlight(in, List.copyOf(cells), List.copyOf(panels));
    }
}
