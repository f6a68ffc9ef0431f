package org.convlab.cli;

import com.google.gson.GsonBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convlab.engine.ConvResult;
import org.convlab.engine.KernelSvd;
import org.convlab.engine.Tensor;

/** The {@code --counts} JSON of {@code convolve}: counted operations beside the closed-form formula. */
final class CountsJson {
    private CountsJson() { }

    static String of(ConvResult r, Path input, Path weights) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", r.method().id());
        m.put("input", input.toString());
        m.put("weights", weights.toString());
        m.put("outputShape", shape(r.output()));
        if (r.intermediate() != null) m.put("intermediateShape", shape(r.intermediate()));
        m.put("multiplies", r.counts().multiplies());
        m.put("additions", r.counts().additions());
        m.put("parameters", r.parameters());
        m.put("formulaMultiplies", r.cost().multiplies());
        m.put("formulaAdditions", r.cost().additions());
        m.put("formulaParameters", r.cost().parameters());
        m.put("formula", r.cost().formula());
        m.put("formulaSubstituted", r.cost().substituted());
        m.put("countsMatchFormula", r.counts().multiplies() == r.cost().multiplies()
                && r.counts().additions() == r.cost().additions());
        m.put("elapsedMs", r.elapsedNanos() / 1e6);
        if (!r.factors().isEmpty()) {
            m.put("rank", r.rank());
            List<double[]> sv = new ArrayList<>();
            List<Double> errs = new ArrayList<>();
            for (KernelSvd k : r.factors()) {
                sv.add(k.singularValues());
                errs.add(k.relativeError(r.rank()));
            }
            m.put("singularValues", sv);
            m.put("relativeError", r.relativeError());
            m.put("relativeErrorPerSlice", errs);
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(m) + "\n";
    }

    private static int[] shape(Tensor t) {
        return new int[] {t.channels(), t.height(), t.width()};
    }
}
