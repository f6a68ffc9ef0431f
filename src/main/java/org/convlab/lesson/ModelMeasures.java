package org.convlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.convlab.io.ModelReader;
import org.convlab.network.model.Evaluation;
import org.convlab.network.model.FactorChoice;
import org.convlab.network.model.Model;
import org.convlab.network.model.ModelFactoring;
import org.convlab.network.model.ModelRunner;

/**
 * The measures of a trained model a lesson question can ask for (see docs/MODELS.md): accuracy in
 * % on the model's shipped test images, multiplies per image, and the relative kernel error of the
 * factored layer. The model is written {@code NAME [LAYER:SCHEME:RANK[:RANK2]]...}, e.g.
 * {@code fashion-cnn conv3:filter-svd:4}. Results are kept per model text, so a lesson that asks
 * twice runs the model once.
 */
public final class ModelMeasures {
    private static final Map<String, Result> CACHE = new ConcurrentHashMap<>();

    private ModelMeasures() { }

    private record Result(double accuracy, long multiplies, double factorError) { }

    /** What is wrong with a model text (unknown model, bad --factor syntax), or null. Does not run the model. */
    public static String problem(String spec) {
        String[] parts = spec.trim().split("\\s+");
        if (parts.length == 0 || parts[0].isEmpty()) return "model: needs a model name, e.g. fashion-cnn";
        if (!ModelReader.builtInNames().contains(parts[0])) {
            return "unknown model '" + parts[0] + "' (built in: " + String.join(", ", ModelReader.builtInNames()) + ")";
        }
        try {
            for (int i = 1; i < parts.length; i++) FactorChoice.parse(parts[i]);
        } catch (IllegalArgumentException e) {
            return e.getMessage().replace("--factor", "model:");
        }
        return null;
    }

    /** The engine's value of {@code m} for the model text. */
    public static double measure(Question.Measure m, String spec) {
        Result r = CACHE.computeIfAbsent(spec.trim().replaceAll("\\s+", " "), ModelMeasures::run);
        return switch (m) {
            case ACCURACY -> 100 * r.accuracy();
            case NETWORK_MULTIPLIES -> r.multiplies();
            case FACTOR_ERROR -> r.factorError();
            default -> throw new IllegalArgumentException(m.id() + " is not a model measure");
        };
    }

    private static Result run(String spec) {
        String[] parts = spec.split(" ");
        Model model = ModelReader.builtIn(parts[0]);
        List<ModelFactoring.Factored> done = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            ModelFactoring.Factored f = ModelFactoring.apply(model, FactorChoice.parse(parts[i]));
            done.add(f);
            model = f.model();
        }
        Evaluation e = ModelRunner.evaluate(model, ModelRunner.Progress.NONE);
        double err = done.isEmpty() ? 0 : done.get(done.size() - 1).relativeError();
        return new Result(e.accuracy(), e.multipliesPerImage(), err);
    }
}
