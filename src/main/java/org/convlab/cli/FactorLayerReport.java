package org.convlab.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Padding;
import org.convlab.engine.Weights;
import org.convlab.engine.factor.LayerFactorization;
import org.convlab.engine.factor.LayerFactorizer;
import org.convlab.engine.factor.Stage;

/** The JSON and the text summary of {@link FactorLayerCommand}; every number comes from the engine. */
record FactorLayerReport(JsonObject root) {

    static String stageFile(int index, Stage s) {
        return "stage" + (index + 1) + "-" + s.name() + ".npy";
    }

    static FactorLayerReport of(Path weightsFile, Weights w, ConvSpec layer, LayerFactorization f, int inH, int inW) {
        JsonObject o = new JsonObject();
        o.addProperty("scheme", f.scheme().id());
        o.add("ranks", ints(f.ranks()));
        o.addProperty("weights", weightsFile.toString());
        o.add("shape", ints(w.filters(), w.channelsPerGroup(), w.kernelHeight(), w.kernelWidth()));
        o.add("stride", ints(layer.strideH(), layer.strideW()));
        o.add("padding", padding(layer.padding()));
        o.add("dilation", ints(layer.dilationH(), layer.dilationW()));
        o.add("input", ints(inH, inW));
        JsonArray stages = new JsonArray();
        long[] mult = f.stageMultiplies(inH, inW);
        List<Stage> list = f.stages();
        for (int i = 0; i < list.size(); i++) {
            Stage s = list.get(i);
            Weights sw = s.weights();
            ConvSpec sp = s.spec();
            JsonObject j = new JsonObject();
            j.addProperty("name", s.name());
            j.addProperty("file", stageFile(i, s));
            j.add("shape", ints(sw.filters(), sw.channelsPerGroup(), sw.kernelHeight(), sw.kernelWidth()));
            j.add("kernel", ints(sw.kernelHeight(), sw.kernelWidth()));
            j.addProperty("groups", sp.groups());
            j.add("stride", ints(sp.strideH(), sp.strideW()));
            j.add("padding", padding(sp.padding()));
            j.add("dilation", ints(sp.dilationH(), sp.dilationW()));
            j.addProperty("multiplies", mult[i]);
            stages.add(j);
        }
        o.add("stages", stages);
        o.addProperty("reconstructed", FactorLayerCommand.RECONSTRUCTED_FILE);
        o.addProperty("relativeError", f.relativeError());
        JsonArray sv = new JsonArray();
        for (double v : f.singularValues()) sv.add(v);
        o.add("singularValues", sv);
        o.addProperty("parameters", f.parameters());
        o.addProperty("standardParameters", (long) w.size());
        o.addProperty("multiplies", f.multiplies(inH, inW));
        o.addProperty("standardMultiplies", LayerFactorizer.standardMultiplies(w, layer, inH, inW));
        o.addProperty("maxRank", LayerFactorizer.maxRank(w, f.scheme()));
        o.addProperty("breakEvenRank", LayerFactorizer.breakEvenRank(w, layer, f.scheme(), inH, inW));
        return new FactorLayerReport(o);
    }

    /** {@code "same"}, or [pH, pW] (valid is [0, 0]). */
    static JsonElement padding(Padding p) {
        return switch (p.mode()) {
            case SAME -> new JsonPrimitive("same");
            case VALID -> ints(0, 0);
            case EXPLICIT -> ints(p.height(), p.width());
        };
    }

    static JsonArray ints(int... v) {
        JsonArray a = new JsonArray();
        for (int x : v) a.add(x);
        return a;
    }

    private static final Pattern NUMBER_ARRAY = Pattern.compile("\\[([-+0-9.eE,\\s]*)\\]");

    /** Pretty-printed, with arrays of numbers (shapes, strides, singular values) on one line. */
    String json() {
        String pretty = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
        return NUMBER_ARRAY.matcher(pretty).replaceAll(m -> "[" + m.group(1).strip().replaceAll("\\s*,\\s*", ", ") + "]");
    }

    String text(Path outDir) {
        StringBuilder sb = new StringBuilder();
        JsonObject o = root;
        sb.append(String.format(Locale.ROOT, "%s: weights %s, stride %s, padding %s, dilation %s; input %s%n",
                o.get("weights").getAsString(), dims(o.getAsJsonArray("shape")), pair(o.get("stride")), pad(o.get("padding")),
                pair(o.get("dilation")), dims(o.getAsJsonArray("input"))));
        JsonArray ranks = o.getAsJsonArray("ranks");
        String rank = ranks.size() == 1 ? "rank " + ranks.get(0) : "ranks R_in " + ranks.get(0) + ", R_out " + ranks.get(1);
        sb.append(String.format(Locale.ROOT, "%s at %s (max %d, break-even %d): relative error ‖W−W_r‖/‖W‖ = %s%n",
                o.get("scheme").getAsString(), rank, o.get("maxRank").getAsInt(), o.get("breakEvenRank").getAsInt(),
                FactorCommand.num(o.get("relativeError").getAsDouble())));
        JsonArray stages = o.getAsJsonArray("stages");
        for (int i = 0; i < stages.size(); i++) {
            JsonObject s = stages.get(i).getAsJsonObject();
            sb.append(String.format(Locale.ROOT, "  %d. %-10s %-14s groups %-3d stride %-5s padding %-5s dilation %-5s %,15d multiplies  %s%n",
                    i + 1, s.get("name").getAsString(), dims(s.getAsJsonArray("shape")), s.get("groups").getAsInt(),
                    pair(s.get("stride")), pad(s.get("padding")), pair(s.get("dilation")), s.get("multiplies").getAsLong(),
                    s.get("file").getAsString()));
        }
        long m = o.get("multiplies").getAsLong(), sm = o.get("standardMultiplies").getAsLong();
        long p = o.get("parameters").getAsLong(), sp = o.get("standardParameters").getAsLong();
        sb.append(String.format(Locale.ROOT, "multiplies %,d against %,d for the standard layer (%s of it)%n", m, sm, ratio(m, sm)));
        sb.append(String.format(Locale.ROOT, "parameters %,d against %,d (%s of it)%n", p, sp, ratio(p, sp)));
        sb.append("wrote ").append(outDir).append(" (").append(stages.size()).append(" stage files, ")
                .append(FactorLayerCommand.RECONSTRUCTED_FILE).append(", ").append(FactorLayerCommand.JSON_FILE).append(")\n");
        return sb.toString();
    }

    private static String ratio(long a, long b) {
        return b == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * a / b);
    }

    private static String dims(JsonArray a) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.size(); i++) sb.append(i == 0 ? "" : "×").append(a.get(i).getAsInt());
        return sb.toString();
    }

    private static String pair(JsonElement e) {
        JsonArray a = e.getAsJsonArray();
        return a.get(0).getAsInt() + "," + a.get(1).getAsInt();
    }

    private static String pad(JsonElement e) {
        return e.isJsonPrimitive() ? e.getAsString() : pair(e);
    }
}
