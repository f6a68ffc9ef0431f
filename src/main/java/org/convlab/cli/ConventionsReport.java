package org.convlab.cli;

import com.google.gson.GsonBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convlab.engine.ConvSpec;
import org.convlab.network.LayerComparison;
import org.convlab.engine.perf.Conventions;

/** {@code cost --input … --conventions}: one layer's count the ways papers and counting tools report it. */
final class ConventionsReport {
    private ConventionsReport() { }

    static Conventions.Report[] reports(LayerComparison c, boolean bias) {
        LayerComparison.Query q = c.query();
        ConvSpec spec = c.spec();
        return new Conventions.Report[] {
            Conventions.of(Conventions.standard(q.channels(), q.height(), q.width(), q.filters(), q.kernelH(), q.kernelW(), spec, bias)),
            Conventions.of(Conventions.depthwiseSeparable(q.channels(), q.height(), q.width(), q.filters(), q.kernelH(), q.kernelW(),
                    spec.withGroups(1), bias)),
        };
    }

    static String text(LayerComparison c, boolean bias) {
        Conventions.Report[] r = reports(c, bias);
        LayerComparison.Query q = c.query();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Layer: input %d×%d×%d, kernel %d×%d, %d filters, %s, %s bias%n%n", q.height(), q.width(),
                q.channels(), q.kernelH(), q.kernelW(), q.filters(), c.spec(), bias ? "with" : "no"));
        b.append(String.format(Locale.ROOT, "%-28s %-10s %16s %20s  %s%n", "convention", "unit", "standard", "depthwise-separable", "rule"));
        List<Conventions.Row> s = r[0].rows(), d = r[1].rows();
        for (int i = 0; i < s.size(); i++) {
            b.append(String.format(Locale.ROOT, "%-28s %-10s %,16d %,20d  %s%n", s.get(i).source(), s.get(i).unit(), s.get(i).value(),
                    d.get(i).value(), s.get(i).rule()));
        }
        b.append(String.format("%nSources: docs/COUNTING.md. Depthwise-separable = depthwise conv (no bias) + pointwise conv.%n"));
        return b.toString();
    }

    static String json(LayerComparison c, boolean bias) {
        Conventions.Report[] r = reports(c, bias);
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("bias", bias);
        all.put("standard", rows(r[0]));
        all.put("depthwiseSeparable", rows(r[1]));
        return new GsonBuilder().setPrettyPrinting().create().toJson(all) + System.lineSeparator();
    }

    private static Map<String, Long> rows(Conventions.Report r) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Conventions.Row row : r.rows()) m.put(row.source(), row.value());
        return m;
    }
}
