package org.convlab.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.convlab.engine.Budget;
import org.convlab.network.LayerSpec;
import org.convlab.network.LayerType;
import org.convlab.network.NetworkSpec;

/**
 * Reads network files (format in docs/NETWORKS.md) and knows the built-in networks, which live
 * in {@code src/main/resources/networks/NAME.json} and are listed in {@code networks/index.txt}.
 * Every error names the file, the layer and the field.
 */
public final class NetworkLoader {
    private static final Set<String> TOP_KEYS = Set.of("name", "title", "source", "notes", "input", "layers");
    private static final Set<String> LAYER_KEYS = Set.of("type", "kernel", "stride", "padding", "filters", "outputs",
            "scaleWithAlpha", "comment");

    /** Network files are small; anything larger is refused before it is read. */
    public static final long MAX_FILE_BYTES = 1 << 20;

    private NetworkLoader() { }

    /** Names of the built-in networks, in the order of {@code networks/index.txt}. */
    public static List<String> builtInNames() {
        return ResourceIndex.names("/networks/index.txt");
    }

    /**
     * A built-in network by name, or a network file by path ({@code .json}). Unknown names give a
     * message listing the known ones.
     */
    public static NetworkSpec resolve(String nameOrPath) {
        String s = nameOrPath == null ? "" : nameOrPath.strip();
        if (builtInNames().contains(s)) return builtIn(s);
        boolean looksLikeFile = s.endsWith(".json") || s.contains("/") || s.contains("\\");
        if (looksLikeFile) {
            Path p = Path.of(s);
            if (!Files.isRegularFile(p)) throw new IllegalArgumentException("network file " + s + " does not exist");
            return load(p);
        }
        throw new IllegalArgumentException("unknown network '" + s + "'; known networks: "
                + String.join(", ", builtInNames()) + " (or give a path to a .json network file)");
    }

    public static NetworkSpec builtIn(String name) {
        String res = "/networks/" + name + ".json";
        try (InputStream in = NetworkLoader.class.getResourceAsStream(res)) {
            if (in == null) throw new IllegalArgumentException("built-in network '" + name + "' is missing (" + res + ")");
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), name + ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static NetworkSpec load(Path file) {
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new IllegalArgumentException("network file " + file + " is " + Files.size(file) + " bytes; the limit is " + MAX_FILE_BYTES);
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException("network file " + file + " is not valid UTF-8 text", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("network file " + file + " cannot be read", e);
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return parse(new java.io.StringReader(text), file.toString());
    }

    /** Parses a network description; {@code where} names the file in error messages. */
    public static NetworkSpec parse(Reader reader, String where) {
        JsonElement root;
        try {
            root = JsonParser.parseReader(reader);
        } catch (JsonParseException e) {
            String m = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
            throw new IllegalArgumentException(where + ": not valid JSON: " + m, e);
        }
        if (!root.isJsonObject()) throw new IllegalArgumentException(where + ": expected a JSON object { ... }");
        JsonObject o = root.getAsJsonObject();
        checkKeys(o, TOP_KEYS, where);
        String name = string(o, "name", where, fileStem(where));
        String title = string(o, "title", where, name);
        String source = string(o, "source", where, "");
        int resolution = 224, channels = 3;
        if (o.has("input")) {
            if (!o.get("input").isJsonObject()) throw new IllegalArgumentException(where + ": 'input' must be an object like {\"resolution\": 224, \"channels\": 3}");
            JsonObject in = o.getAsJsonObject("input");
            checkKeys(in, Set.of("resolution", "channels"), where + ": input");
            resolution = intValue(in, "resolution", where + ": input", 224, 1);
            channels = intValue(in, "channels", where + ": input", 3, 1);
        }
        if (!o.has("layers") || !o.get("layers").isJsonArray()) {
            throw new IllegalArgumentException(where + ": 'layers' must be a list [ ... ] of layers");
        }
        List<LayerSpec> layers = new ArrayList<>();
        readLayers(o.getAsJsonArray("layers"), where, "layer ", layers);
        try {
            return new NetworkSpec(name, title, source, resolution, channels, layers);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static void readLayers(JsonArray arr, String where, String prefix, List<LayerSpec> out) {
        for (int i = 0; i < arr.size(); i++) {
            String at = where + ": " + prefix + (i + 1);
            if (!arr.get(i).isJsonObject()) throw new IllegalArgumentException(at + " must be an object { \"type\": ... }");
            JsonObject l = arr.get(i).getAsJsonObject();
            if (l.has("repeat")) {
                checkKeys(l, Set.of("repeat", "layers", "comment"), at);
                int n = intValue(l, "repeat", at, 1, 1);
                if (!l.has("layers") || !l.get("layers").isJsonArray()) {
                    throw new IllegalArgumentException(at + ": a repeat needs 'layers': [ ... ]");
                }
                String inner = prefix + (i + 1) + ".";
                if (inner.chars().filter(ch -> ch == '.').count() > Budget.MAX_REPEAT_DEPTH) {
                    throw new IllegalArgumentException(at + ": repeats are nested more than " + Budget.MAX_REPEAT_DEPTH + " deep");
                }
                List<LayerSpec> body = new ArrayList<>();
                readLayers(l.getAsJsonArray("layers"), where, inner, body);
                checkLayers(at, out.size() + (long) n * body.size());
                for (int k = 0; k < n; k++) out.addAll(body);
                continue;
            }
            out.add(readLayer(l, at));
            checkLayers(at, out.size());
        }
    }

    /** The expanded layer count, checked before the layers are copied. */
    private static void checkLayers(String at, long layers) {
        if (layers > Budget.MAX_NETWORK_LAYERS) {
            throw new IllegalArgumentException(at + ": the network would have " + layers + " layers after expanding its repeats; the limit is "
                    + Budget.MAX_NETWORK_LAYERS);
        }
    }

    private static LayerSpec readLayer(JsonObject l, String at) {
        checkKeys(l, LAYER_KEYS, at);
        if (!l.has("type")) throw new IllegalArgumentException(at + ": 'type' is missing (conv, dw, pw, avgpool or fc)");
        LayerType type;
        try {
            type = LayerType.fromKey(string(l, "type", at, ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
        }
        at = at + " (" + type.key() + ")";
        int stride = intValue(l, "stride", at, 1, 1);
        boolean scaled = l.has("scaleWithAlpha") ? bool(l, "scaleWithAlpha", at) : type != LayerType.FC;
        switch (type) {
            case CONV, DEPTHWISE -> {
                int k = intValue(l, "kernel", at, -1, 1);
                int pad = padding(l, at);
                int f = type == LayerType.CONV ? required(l, "filters", at) : 0;
                if (type == LayerType.DEPTHWISE && l.has("filters")) {
                    throw new IllegalArgumentException(at + ": a depthwise layer keeps its channels; remove 'filters'");
                }
                return new LayerSpec(type, k, stride, pad, f, scaled);
            }
            case POINTWISE -> {
                if (l.has("kernel") && intValue(l, "kernel", at, 1, 1) != 1) {
                    throw new IllegalArgumentException(at + ": a pointwise layer has kernel 1; use type conv for a larger kernel");
                }
                return new LayerSpec(type, 1, stride, 0, required(l, "filters", at), scaled);
            }
            case AVGPOOL -> {
                int k = l.has("kernel") ? intValue(l, "kernel", at, 0, 1) : 0;
                return new LayerSpec(type, k, k == 0 ? 1 : intValue(l, "stride", at, k, 1), 0, 0, false);
            }
            case FC -> {
                int n = l.has("outputs") ? intValue(l, "outputs", at, 0, 1) : required(l, "filters", at);
                return new LayerSpec(type, 1, 1, 0, n, scaled);
            }
            default -> throw new IllegalStateException(type.toString());
        }
    }

    private static int required(JsonObject l, String key, String at) {
        if (!l.has(key)) throw new IllegalArgumentException(at + ": '" + key + "' is missing");
        return intValue(l, key, at, 0, 1);
    }

    private static int padding(JsonObject l, String at) {
        if (!l.has("padding")) return LayerSpec.SAME;
        JsonElement e = l.get("padding");
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            String s = e.getAsString().strip().toLowerCase(java.util.Locale.ROOT);
            if (s.equals("same")) return LayerSpec.SAME;
            if (s.equals("valid")) return 0;
            throw new IllegalArgumentException(at + ": 'padding' must be \"same\", \"valid\" or a whole number ≥ 0, got \"" + s + "\"");
        }
        return intValue(l, "padding", at, 0, 0);
    }

    private static int intValue(JsonObject o, String key, String at, int dflt, int min) {
        if (!o.has(key)) {
            if (dflt < 0) throw new IllegalArgumentException(at + ": '" + key + "' is missing");
            return dflt;
        }
        JsonElement e = o.get(key);
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
            double d = e.getAsDouble();
            if (d == Math.rint(d) && d >= min && d <= 1_000_000) return (int) d;
        }
        throw new IllegalArgumentException(at + ": '" + key + "' must be a whole number ≥ " + min + ", got " + e);
    }

    private static boolean bool(JsonObject o, String key, String at) {
        JsonElement e = o.get(key);
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean()) return e.getAsBoolean();
        throw new IllegalArgumentException(at + ": '" + key + "' must be true or false, got " + e);
    }

    private static String string(JsonObject o, String key, String at, String dflt) {
        if (!o.has(key)) return dflt;
        JsonElement e = o.get(key);
        if (e instanceof JsonPrimitive p && p.isString()) return p.getAsString();
        throw new IllegalArgumentException(at + ": '" + key + "' must be text in quotes, got " + e);
    }

    private static void checkKeys(JsonObject o, Set<String> allowed, String at) {
        for (String k : o.keySet()) {
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException(at + ": unknown field '" + k + "' (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    private static String fileStem(String where) {
        String n = Path.of(where).getFileName().toString();
        return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }
}
