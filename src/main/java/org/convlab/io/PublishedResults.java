package org.convlab.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Accuracy-vs-cost rows printed in a paper, from a data file under {@code src/main/resources/papers/}
 * that carries its citation (for the MobileNets rows: {@code papers/mobilenets-accuracy.json}).
 */
public final class PublishedResults {
    public static final String MOBILENETS = "/papers/mobilenets-accuracy.json";

    /** One printed row: accuracy in %, mult-adds and parameters in millions. */
    public record Row(int table, String model, double accuracy, double multAddsMillions, double parametersMillions,
                      boolean separable) { }

    public record Table(String citation, String dataset, List<Row> rows) {
        public Table {
            rows = List.copyOf(rows);
        }
    }

    private PublishedResults() { }

    public static Table read(String resource) {
        try (InputStream in = PublishedResults.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException(resource + ": no such resource");
            JsonObject o = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
            List<Row> rows = new ArrayList<>();
            for (JsonElement e : o.getAsJsonArray("rows")) {
                JsonObject r = e.getAsJsonObject();
                rows.add(new Row(r.get("table").getAsInt(), r.get("model").getAsString(), r.get("accuracy").getAsDouble(),
                        r.get("multAddsMillions").getAsDouble(), r.get("parametersMillions").getAsDouble(),
                        r.get("separable").getAsBoolean()));
            }
            return new Table(o.get("citation").getAsString(), o.get("dataset").getAsString(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
