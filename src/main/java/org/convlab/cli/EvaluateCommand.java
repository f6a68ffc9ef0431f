package org.convlab.cli;

import com.google.gson.GsonBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.convlab.io.ModelReader;
import org.convlab.io.Npy;
import org.convlab.network.model.Evaluation;
import org.convlab.network.model.FactorChoice;
import org.convlab.network.model.Model;
import org.convlab.network.model.ModelFactoring;
import org.convlab.network.model.ModelRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code convlab evaluate}: a trained model on its shipped test subset, run by the engine. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Runs a trained model on its test subset with the engine (convolutions on Convolutions.run, counted)",
            "and reports accuracy, multiplies per image (by layer and in total) and parameters.",
            "With --factor, a convolution is replaced by the stages of a whole-layer factorization",
            "(filter-svd, spatial-svd, depthwise-separable, tucker2) at the given rank.",
            "",
            "  convlab evaluate --model fashion-cnn",
            "  convlab evaluate --model fashion-cnn --factor conv3:filter-svd:8 --json",
            ""},
        footer = {"", "Model folders: see docs/MODELS.md. Built-in models: fashion-cnn, fashion-dws."})
public final class EvaluateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "NAME|DIR", description = "A built-in model or a folder with model.json.")
    String model;

    @Option(names = "--factor", paramLabel = "LAYER:SCHEME:RANK[:RANK2]",
            description = "Replace a convolution by a factorization (repeatable), e.g. conv2:tucker2:8:16.")
    List<String> factors = new ArrayList<>();

    @Option(names = "--logits", paramLabel = "OUT.npy", description = "Save the engine's logits (N×classes, float32).")
    Path logits;

    @Option(names = "--limit", paramLabel = "N", description = "Use only the first N test images.")
    Integer limit;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override public Integer call() throws Exception {
        CliFiles.requireExtension(logits, "--logits", ".npy");
        Model m;
        List<FactorChoice> choices = new ArrayList<>();
        List<ModelFactoring.Factored> done = new ArrayList<>();
        try {
            m = ModelReader.resolve(model);
            if (limit != null) {
                if (limit < 1) throw new CliException("--limit must be ≥ 1, got " + limit);
                m = new Model(m.name(), m.description(), m.inputChannels(), m.inputHeight(), m.inputWidth(), m.inputScale(),
                        m.classes(), m.layers(), m.test().first(limit, m.classes().size()));
            }
            for (String f : factors) choices.add(FactorChoice.parse(f));
            for (FactorChoice c : choices) {
                ModelFactoring.Factored fd = ModelFactoring.apply(m, c);
                done.add(fd);
                m = fd.model();
            }
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
        Evaluation ev = ModelRunner.evaluate(m, ModelRunner.Progress.NONE);
        if (logits != null) Npy.write(logits, new int[] {ev.count(), ev.classes()}, ev.logits());
        PrintWriter out = spec.commandLine().getOut();
        float[] ref = choices.isEmpty() ? m.test().reference() : null;
        out.print(json ? json(m, ev, done, ref) : text(m, ev, done, ref));
        out.flush();
        return 0;
    }

    private String text(Model m, Evaluation ev, List<ModelFactoring.Factored> done, float[] ref) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %s%n", m.name(), m.description()));
        for (ModelFactoring.Factored f : done) {
            sb.append(String.format(Locale.ROOT, "  %s replaced by %s (relative kernel error %.4f)%n",
                    f.choice().layer(), f.choice(), f.relativeError()));
        }
        sb.append(String.format(Locale.ROOT, "%-18s %-34s %14s %10s%n", "layer", "what", "multiplies", "params"));
        for (Evaluation.LayerCount l : ev.layers()) {
            sb.append(String.format(Locale.ROOT, "%-18s %-34s %,14d %,10d%n", l.name(), l.describe(), l.multiplies(), l.parameters()));
        }
        sb.append(String.format(Locale.ROOT, "%-18s %-34s %,14d %,10d%n", "total", "per image", ev.multipliesPerImage(), ev.parameters()));
        sb.append(String.format(Locale.ROOT, "accuracy: %d / %d = %.2f%%%n", ev.correct(), ev.count(), 100 * ev.accuracy()));
        if (ref != null) {
            sb.append(String.format(Locale.ROOT, "against PyTorch's logits: max |difference| %.2e, %d prediction(s) differ%n",
                    ev.maxDifference(ref), ev.disagreements(ref)));
        }
        if (logits != null) sb.append("wrote ").append(logits).append('\n');
        return sb.toString();
    }

    private String json(Model m, Evaluation ev, List<ModelFactoring.Factored> done, float[] ref) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("model", m.name());
        o.put("images", ev.count());
        o.put("correct", ev.correct());
        o.put("accuracy", ev.accuracy());
        o.put("multipliesPerImage", ev.multipliesPerImage());
        o.put("parameters", ev.parameters());
        List<Map<String, Object>> fs = new ArrayList<>();
        for (ModelFactoring.Factored f : done) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("layer", f.choice().layer());
            x.put("scheme", f.choice().scheme());
            x.put("ranks", f.choice().ranks());
            x.put("relativeError", f.relativeError());
            fs.add(x);
        }
        o.put("factors", fs);
        List<Map<String, Object>> ls = new ArrayList<>();
        for (Evaluation.LayerCount l : ev.layers()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", l.name());
            x.put("origin", l.origin());
            x.put("layer", l.describe());
            x.put("multiplies", l.multiplies());
            x.put("additions", l.additions());
            x.put("parameters", l.parameters());
            ls.add(x);
        }
        o.put("layers", ls);
        if (ref != null) {
            o.put("maxDifferenceFromPytorch", ev.maxDifference(ref));
            o.put("predictionsDifferingFromPytorch", ev.disagreements(ref));
        }
        return new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create().toJson(o) + "\n";
    }
}
