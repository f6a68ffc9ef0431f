package org.convlab.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.convlab.io.NetworkLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every α × resolution × variant against counts made independently in Python
 * (src/test/resources/networks/mobilenet_reference.py), exact to the multiply, by layer type too.
 */
class NetworkReferenceTest {

    @TestFactory
    List<DynamicTest> matchesIndependentReference() throws Exception {
        JsonArray cases;
        try (var in = new InputStreamReader(getClass().getResourceAsStream("/networks/mobilenet_reference.json"), StandardCharsets.UTF_8)) {
            cases = JsonParser.parseReader(in).getAsJsonArray();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonElement e : cases) {
            JsonObject c = e.getAsJsonObject();
            String net = c.get("network").getAsString();
            if (net.equals("mobilenet-v1-as-printed")) continue;   // covered in PaperTablesTest
            double alpha = c.get("alpha").getAsDouble();
            int res = c.get("resolution").getAsInt();
            boolean full = c.get("full").getAsBoolean();
            tests.add(DynamicTest.dynamicTest(net + " α=" + alpha + " " + res + (full ? " full conv" : ""), () -> {
                NetworkCost n = NetworkCostModel.compute(NetworkLoader.builtIn(net), alpha, res);
                assertEquals(c.get("multAdds").getAsLong(), (full ? n.standard() : n.separable()).multiplies());
                assertEquals(c.get("parameters").getAsLong(), (full ? n.standard() : n.separable()).parameters());
                Map<String, Share> by = (full ? n.standardShares() : n.shares()).stream()
                        .collect(Collectors.toMap(Share::category, s -> s));
                for (var t : c.getAsJsonObject("multAddsByType").entrySet()) {
                    long expected = t.getValue().getAsLong();
                    assertEquals(expected, by.containsKey(t.getKey()) ? by.get(t.getKey()).multAdds() : 0, t.getKey());
                }
                for (var t : c.getAsJsonObject("parametersByType").entrySet()) {
                    long expected = t.getValue().getAsLong();
                    assertEquals(expected, by.containsKey(t.getKey()) ? by.get(t.getKey()).parameters() : 0, t.getKey());
                }
                int finalSize = c.get("finalSize").getAsInt();
                LayerCost pool = n.layers().get(n.layers().size() - 2);
                assertEquals(finalSize, pool.input().height());
            }));
        }
        assertEquals(34, tests.size());
        return tests;
    }
}
