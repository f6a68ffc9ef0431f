package org.convlab.cli;

import static org.convlab.network.CostFormat.grouped;
import static org.convlab.network.CostFormat.millions;
import static org.convlab.network.CostFormat.percent;
import static org.convlab.network.CostFormat.times;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Locale;
import org.convlab.engine.Cost;
import org.convlab.network.BlockCost;
import org.convlab.network.CostFormat;
import org.convlab.network.FeatureShape;
import org.convlab.network.LayerComparison;
import org.convlab.network.LayerCost;
import org.convlab.network.NetworkCost;
import org.convlab.network.Share;

/** Text tables and JSON for {@link CostCommand}. */
final class CostReports {
    private CostReports() { }

    // ---------------------------------------------------------------- single layer

    static String layerText(LayerComparison c) {
        LayerComparison.Query q = c.query();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.US, "Layer: input %d×%d×%d, kernel %d×%d, %d filters, %s → output %d×%d×%d%n%n",
                q.height(), q.width(), q.channels(), q.kernelH(), q.kernelW(), q.filters(), c.spec(),
                c.geometry().outH(), c.geometry().outW(), q.filters()));
        b.append(String.format(Locale.US, "%-22s %18s %18s %14s %12s%n", "Variant", "Multiplies", "Additions", "Parameters", "vs standard"));
        row(b, "Standard", c.standard(), c.standard());
        row(b, "Depthwise-separable", c.separable(), c.standard());
        row(b, "Spatial-separable", c.spatialSeparable(), c.standard());
        row(b, "Low-rank (r = " + q.rank() + ")", c.lowRank(), c.standard());
        b.append(String.format("%nMultiplies, formula and numbers:%n"));
        formula(b, "Standard", c.standard());
        formula(b, "Depthwise-separable", c.separable());
        formula(b, "Spatial-separable", c.spatialSeparable());
        formula(b, "Low-rank (r = " + q.rank() + ")", c.lowRank());
        b.append(String.format(Locale.US, "%nReduction factor 1/F + 1/K² = %s  (%s fewer multiplies)%n", c.reductionFormula(),
                times(1 / c.reductionFactor())));
        if (q.groups() != 1) {
            b.append(String.format(Locale.US, "Counted ratio separable/standard: %.4f (the standard convolution is grouped, the factor assumes groups 1)%n",
                    c.measuredRatio()));
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Cost c, Cost std) {
        double r = (double) c.multiplies() / std.multiplies();
        b.append(String.format(Locale.US, "%-22s %18s %18s %14s %11.3f×%n", name, grouped(c.multiplies()),
                grouped(c.additions()), grouped(c.parameters()), r));
    }

    private static void formula(StringBuilder b, String name, Cost c) {
        b.append(String.format("  %-20s %s%n  %-20s = %s = %s%n", name + ":", c.formula(), "", c.substituted(), grouped(c.multiplies())));
    }

    static String layerJson(LayerComparison c) {
        LayerComparison.Query q = c.query();
        JsonObject o = new JsonObject();
        o.add("input", shape(new FeatureShape(q.height(), q.width(), q.channels())));
        JsonObject k = new JsonObject();
        k.addProperty("height", q.kernelH());
        k.addProperty("width", q.kernelW());
        o.add("kernel", k);
        o.addProperty("filters", q.filters());
        o.addProperty("stride", q.stride());
        o.addProperty("padding", c.spec().padding().toString());
        o.addProperty("dilation", q.dilation());
        o.addProperty("groups", q.groups());
        o.addProperty("rank", q.rank());
        o.add("output", shape(new FeatureShape(c.geometry().outH(), c.geometry().outW(), q.filters())));
        o.add("standard", cost(c.standard()));
        o.add("separable", cost(c.separable()));
        o.add("spatialSeparable", cost(c.spatialSeparable()));
        JsonObject lr = cost(c.lowRank());
        lr.addProperty("rank", q.rank());
        o.add("lowRank", lr);
        o.addProperty("reductionFactor", c.reductionFactor());
        o.addProperty("reductionFormula", "1/F + 1/K² = " + c.reductionFormula());
        o.addProperty("measuredRatio", c.measuredRatio());
        return toJson(o);
    }

    // ---------------------------------------------------------------- network

    static String networkText(NetworkCost n) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.US, "%s — α = %s, resolution %d (ρ = %.3f)%n", n.spec().title(), alpha(n.alpha()),
                n.resolution(), n.rho()));
        if (!n.spec().source().isEmpty()) b.append("Source: ").append(n.spec().source()).append(System.lineSeparator());
        b.append(System.lineSeparator());
        b.append(String.format(Locale.US, "%3s  %-14s %-16s %-14s %-14s %15s %12s %15s%n", "#", "Layer", "Filter shape", "Input",
                "Output", "Mult-adds", "Parameters", "Full conv M-A"));
        int lastBlock = -1;
        for (LayerCost l : n.layers()) {
            String full = "";
            if (l.block() != lastBlock && l.block() > 0) {
                BlockCost bc = n.blocks().get(l.block() - 1);
                if (bc.separable()) full = grouped(bc.standardMultAdds());
            }
            lastBlock = l.block();
            b.append(String.format(Locale.US, "%3d  %-14s %-16s %-14s %-14s %15s %12s %15s%n", l.index(), l.label(), l.filterShape(),
                    l.input(), l.output(), l.multAdds() == 0 ? "—" : grouped(l.multAdds()),
                    l.parameters() == 0 ? "—" : grouped(l.parameters()), full));
        }
        b.append(String.format("%nTotals%n"));
        b.append(String.format(Locale.US, "  %-34s %14s mult-adds (%s)  %10s parameters (%s)%n", "As described (depthwise-separable):",
                millions(n.separable().multiplies()), grouped(n.separable().multiplies()),
                CostFormat.millions(n.separable().parameters(), 2), grouped(n.separable().parameters())));
        b.append(String.format(Locale.US, "  %-34s %14s mult-adds (%s)  %10s parameters (%s)%n", "With full convolutions instead:",
                millions(n.standard().multiplies()), grouped(n.standard().multiplies()),
                CostFormat.millions(n.standard().parameters(), 2), grouped(n.standard().parameters())));
        b.append(String.format(Locale.US, "  Depthwise-separable needs %s fewer mult-adds and %s fewer parameters.%n",
                times(n.reduction()), times((double) n.standard().parameters() / n.separable().parameters())));
        b.append(String.format("%nShare by layer type (the paper's Table 2)%n"));
        b.append(String.format(Locale.US, "  %-18s %10s %11s%n", "Type", "Mult-adds", "Parameters"));
        for (Share s : n.shares()) {
            b.append(String.format(Locale.US, "  %-18s %10s %11s%n", s.category(), percent(s.multAddsPercent()), percent(s.parametersPercent())));
        }
        return b.toString();
    }

    static String networkJson(NetworkCost n) {
        JsonObject o = new JsonObject();
        o.addProperty("network", n.spec().name());
        o.addProperty("title", n.spec().title());
        o.addProperty("source", n.spec().source());
        o.addProperty("alpha", n.alpha());
        o.addProperty("resolution", n.resolution());
        o.addProperty("rho", n.rho());
        o.add("separable", cost(n.separable()));
        o.add("standard", cost(n.standard()));
        o.addProperty("reductionFactor", 1 / n.reduction());
        o.add("shareByType", shares(n.shares()));
        o.add("standardShareByType", shares(n.standardShares()));
        JsonArray layers = new JsonArray();
        for (LayerCost l : n.layers()) layers.add(layer(l));
        o.add("layers", layers);
        JsonArray std = new JsonArray();
        for (LayerCost l : n.standardLayers()) std.add(layer(l));
        o.add("standardLayers", std);
        JsonArray blocks = new JsonArray();
        for (BlockCost bc : n.blocks()) {
            JsonObject j = new JsonObject();
            j.addProperty("block", bc.block());
            j.addProperty("label", bc.label());
            j.addProperty("depthwiseSeparable", bc.separable());
            j.add("input", shape(bc.input()));
            j.add("output", shape(bc.output()));
            JsonObject s = new JsonObject();
            s.addProperty("multAdds", bc.separableMultAdds());
            s.addProperty("parameters", bc.separableParameters());
            j.add("separable", s);
            JsonObject f = new JsonObject();
            f.addProperty("multAdds", bc.standardMultAdds());
            f.addProperty("parameters", bc.standardParameters());
            j.add("standard", f);
            blocks.add(j);
        }
        o.add("blocks", blocks);
        return toJson(o);
    }

    private static JsonObject layer(LayerCost l) {
        JsonObject j = new JsonObject();
        j.addProperty("index", l.index());
        j.addProperty("block", l.block());
        j.addProperty("type", l.type().key());
        j.addProperty("category", l.category());
        j.addProperty("label", l.label());
        j.addProperty("filterShape", l.filterShape());
        j.add("input", shape(l.input()));
        j.add("output", shape(l.output()));
        j.addProperty("multAdds", l.multAdds());
        j.addProperty("multiplies", l.cost().multiplies());
        j.addProperty("additions", l.cost().additions());
        j.addProperty("parameters", l.parameters());
        j.addProperty("formula", l.cost().formula());
        j.addProperty("substituted", l.cost().substituted());
        return j;
    }

    private static JsonArray shares(java.util.List<Share> list) {
        JsonArray a = new JsonArray();
        for (Share s : list) {
            JsonObject j = new JsonObject();
            j.addProperty("category", s.category());
            j.addProperty("multAdds", s.multAdds());
            j.addProperty("parameters", s.parameters());
            j.addProperty("multAddsPercent", s.multAddsPercent());
            j.addProperty("parametersPercent", s.parametersPercent());
            a.add(j);
        }
        return a;
    }

    private static JsonObject cost(Cost c) {
        JsonObject j = new JsonObject();
        j.addProperty("multAdds", c.multiplies());
        j.addProperty("multiplies", c.multiplies());
        j.addProperty("additions", c.additions());
        j.addProperty("parameters", c.parameters());
        j.addProperty("formula", c.formula());
        if (!c.substituted().isEmpty()) j.addProperty("substituted", c.substituted());
        return j;
    }

    private static JsonObject shape(FeatureShape s) {
        JsonObject j = new JsonObject();
        j.addProperty("height", s.height());
        j.addProperty("width", s.width());
        j.addProperty("channels", s.channels());
        return j;
    }

    private static String alpha(double a) {
        return a == Math.rint(a * 100) / 100 ? String.format(Locale.US, "%.2f", a).replaceAll("0$", "") : Double.toString(a);
    }

    /** Pretty JSON with every non-ASCII character escaped, so a non-UTF-8 console cannot garble it. */
    static String toJson(JsonObject o) {
        String s = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o);
        StringBuilder b = new StringBuilder(s.length() + 64);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 128) b.append(ch);
            else b.append(String.format("\\u%04x", (int) ch));
        }
        return b.append(System.lineSeparator()).toString();
    }
}
