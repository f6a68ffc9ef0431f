package org.convlab.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Padding;
import org.convlab.engine.Weights;
import org.convlab.network.model.Model;
import org.convlab.network.model.ModelLayer;
import org.convlab.network.model.TestSet;

/**
 * Reads trained models (format in docs/MODELS.md): a folder with {@code model.json}, its weight
 * files and its test subset, either on disk or built in ({@code src/main/resources/models/NAME/},
 * listed in {@code models/index.txt}). Every error is an {@link IllegalArgumentException} naming
 * the file and the layer.
 */
public final class ModelReader {
    private ModelReader() { }

    /** Where the files of one model come from. */
    private interface Source {
        byte[] read(String file) throws IOException;
        String label(String file);
    }

    /** Names of the built-in models, in the order of {@code models/index.txt}. */
    public static List<String> builtInNames() {
        return ResourceIndex.names("/models/index.txt");
    }

    /** A built-in model by name, or a model folder (or its model.json) by path. */
    public static Model resolve(String nameOrPath) {
        String s = nameOrPath == null ? "" : nameOrPath.strip();
        if (builtInNames().contains(s)) return builtIn(s);
        Path p = Path.of(s);
        if (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json")) p = p.toAbsolutePath().getParent();
        if (Files.isDirectory(p)) return load(p);
        throw new IllegalArgumentException("no model '" + s + "': not a built-in model (" + String.join(", ", builtInNames())
                + ") nor a folder holding model.json");
    }

    public static Model builtIn(String name) {
        if (!builtInNames().contains(name)) {
            throw new IllegalArgumentException("no built-in model '" + name + "' (known: " + String.join(", ", builtInNames()) + ")");
        }
        return read(new Source() {
            @Override public byte[] read(String file) throws IOException {
                try (InputStream in = ModelReader.class.getResourceAsStream("/models/" + name + "/" + file)) {
                    if (in == null) throw new IOException("missing");
                    return in.readAllBytes();
                }
            }

            @Override public String label(String file) { return "models/" + name + "/" + file; }
        });
    }

    public static Model load(Path dir) {
        return read(new Source() {
            @Override public byte[] read(String file) throws IOException { return Files.readAllBytes(dir.resolve(file)); }
            @Override public String label(String file) { return dir.resolve(file).toString(); }
        });
    }

    private static Model read(Source src) {
        String json = "model.json";
        JsonObject root;
        try {
            root = JsonParser.parseString(new String(bytes(src, json), StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new IllegalArgumentException(src.label(json) + " is not valid JSON: " + e.getMessage());
        }
        String where = src.label(json);
        JsonObject input = obj(root, "input", where);
        int c = integer(input, "channels", where), h = integer(input, "height", where), w = integer(input, "width", where);
        float scale = input.has("scale") ? input.get("scale").getAsFloat() : 1f;
        List<String> classes = new ArrayList<>();
        for (JsonElement e : arr(root, "classes", where)) classes.add(e.getAsString());
        List<ModelLayer> layers = new ArrayList<>();
        JsonArray ls = arr(root, "layers", where);
        for (int i = 0; i < ls.size(); i++) layers.add(layer(src, ls.get(i).getAsJsonObject(), where + " layer " + (i + 1)));
        JsonObject test = obj(root, "test", where);
        NpyArray images = npy(src, str(test, "images", where));
        NpyArray labels = npy(src, str(test, "labels", where));
        NpyArray logits = test.has("logits") ? npy(src, test.get("logits").getAsString()) : null;
        int[] sh = images.shape();
        if (sh.length != 3 || sh[1] != h || sh[2] != w || c != 1) {
            throw new IllegalArgumentException(images.source() + " has shape " + images.shapeString() + "; N×" + h + "×" + w
                    + " one-channel images expected");
        }
        int[] lab = new int[labels.data().length];
        for (int i = 0; i < lab.length; i++) {
            lab[i] = (int) labels.data()[i];
            if (lab[i] < 0 || lab[i] >= classes.size()) {
                throw new IllegalArgumentException(labels.source() + ": label " + lab[i] + " at " + i + " is not a class index");
            }
        }
        float[] ref = logits == null ? null : logits.data();
        if (ref != null && ref.length != sh[0] * classes.size()) {
            throw new IllegalArgumentException(logits.source() + " has shape " + logits.shapeString() + "; " + sh[0] + "×"
                    + classes.size() + " expected");
        }
        TestSet t = new TestSet(sh[0], h, w, images.data(), lab, ref);
        String name = root.has("name") ? root.get("name").getAsString() : "model";
        String desc = root.has("description") ? root.get("description").getAsString() : "";
        return new Model(name, desc, c, h, w, scale, classes, layers, t);
    }

    private static ModelLayer layer(Source src, JsonObject o, String where) {
        String type = str(o, "type", where);
        switch (type) {
            case "conv2d": {
                String name = str(o, "name", where);
                int in = integer(o, "in", where), out = integer(o, "out", where), k = integer(o, "kernel", where);
                int stride = o.has("stride") ? integer(o, "stride", where) : 1;
                int pad = o.has("padding") ? integer(o, "padding", where) : 0;
                int groups = o.has("groups") ? integer(o, "groups", where) : 1;
                if (groups < 1 || in % groups != 0 || out % groups != 0) {
                    throw new IllegalArgumentException(where + " (" + name + "): groups " + groups + " must divide in " + in + " and out " + out);
                }
                float[] wt = values(src, str(o, "weight", where), new int[] {out, in / groups, k, k}, where);
                float[] b = o.has("bias") ? values(src, o.get("bias").getAsString(), new int[] {out}, where) : null;
                ConvSpec spec = ConvSpec.DEFAULT.withStride(stride, stride).withPadding(Padding.of(pad)).withGroups(groups);
                return new ModelLayer.Conv2d(name, name, new Weights(out, in / groups, k, k, wt), b, spec);
            }
            case "relu": return new ModelLayer.Relu();
            case "maxpool": return new ModelLayer.MaxPool(integer(o, "kernel", where), o.has("stride") ? integer(o, "stride", where) : integer(o, "kernel", where));
            case "avgpool": return new ModelLayer.AvgPool(integer(o, "kernel", where), o.has("stride") ? integer(o, "stride", where) : integer(o, "kernel", where));
            case "globalavgpool": return new ModelLayer.GlobalAvgPool();
            case "flatten": return new ModelLayer.Flatten();
            case "linear": {
                String name = str(o, "name", where);
                int in = integer(o, "in", where), out = integer(o, "out", where);
                float[] wt = values(src, str(o, "weight", where), new int[] {out, in}, where);
                float[] b = o.has("bias") ? values(src, o.get("bias").getAsString(), new int[] {out}, where) : null;
                return new ModelLayer.Linear(name, in, out, wt, b);
            }
            default:
                throw new IllegalArgumentException(where + ": unknown layer type '" + type
                        + "' (conv2d, relu, maxpool, avgpool, globalavgpool, flatten, linear)");
        }
    }

    private static float[] values(Source src, String file, int[] shape, String where) {
        NpyArray a = npy(src, file).requireFinite(where);
        if (!java.util.Arrays.equals(a.shape(), shape)) {
            StringBuilder want = new StringBuilder();
            for (int i = 0; i < shape.length; i++) want.append(i == 0 ? "" : "×").append(shape[i]);
            throw new IllegalArgumentException(where + ": " + a.source() + " has shape " + a.shapeString() + ", " + want + " expected");
        }
        return a.data();
    }

    private static NpyArray npy(Source src, String file) {
        return Npy.parse(bytes(src, file), src.label(file));
    }

    private static byte[] bytes(Source src, String file) {
        if (file.contains("..") || file.startsWith("/")) throw new IllegalArgumentException(src.label(file) + ": file names must stay inside the model folder");
        try {
            return src.read(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(src.label(file) + ": cannot read (" + (e.getMessage() == null ? "missing" : e.getMessage()) + ")");
        }
    }

    private static JsonObject obj(JsonObject o, String key, String where) {
        if (!o.has(key) || !o.get(key).isJsonObject()) throw new IllegalArgumentException(where + ": '" + key + "' (an object) is missing");
        return o.getAsJsonObject(key);
    }

    private static JsonArray arr(JsonObject o, String key, String where) {
        if (!o.has(key) || !o.get(key).isJsonArray()) throw new IllegalArgumentException(where + ": '" + key + "' (a list) is missing");
        return o.getAsJsonArray(key);
    }

    private static String str(JsonObject o, String key, String where) {
        if (!o.has(key) || !o.get(key).isJsonPrimitive()) throw new IllegalArgumentException(where + ": '" + key + "' is missing");
        return o.get(key).getAsString();
    }

    private static int integer(JsonObject o, String key, String where) {
        try {
            int v = o.get(key).getAsInt();
            if (v < 0) throw new IllegalArgumentException(where + ": '" + key + "' is negative");
            return v;
        } catch (NullPointerException | ClassCastException | NumberFormatException | IllegalStateException | UnsupportedOperationException e) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be a whole number");
        }
    }
}
