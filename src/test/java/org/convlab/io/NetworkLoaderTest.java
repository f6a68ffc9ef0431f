package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.convlab.network.NetworkCost;
import org.convlab.network.NetworkCostModel;
import org.convlab.network.NetworkSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkLoaderTest {

    @Test
    void builtInsAreListedAndLoad() {
        assertEquals(java.util.List.of("mobilenet-v1", "mobilenet-v1-shallow"), NetworkLoader.builtInNames());
        NetworkSpec n = NetworkLoader.resolve("mobilenet-v1");
        assertEquals(224, n.resolution());
        assertEquals(3, n.channels());
        assertEquals(29, n.layers().size(), "the 5× repeat is expanded");
        assertEquals(19, NetworkLoader.builtIn("mobilenet-v1-shallow").layers().size());
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NetworkLoader.resolve("resnet50"));
        assertTrue(e.getMessage().contains("unknown network 'resnet50'"), e.getMessage());
        assertTrue(e.getMessage().contains("mobilenet-v1, mobilenet-v1-shallow"), e.getMessage());
    }

    @Test
    void aTeachersOwnFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("tiny.json");
        Files.writeString(f, """
                { "name": "tiny", "input": { "resolution": 32, "channels": 1 },
                  "layers": [
                    { "type": "conv", "kernel": 5, "stride": 1, "padding": "valid", "filters": 6 },
                    { "repeat": 2, "layers": [ { "type": "dw", "kernel": 3, "stride": 2 }, { "type": "pw", "filters": 8 } ] },
                    { "type": "avgpool", "kernel": 2, "stride": 2 },
                    { "type": "fc", "outputs": 10 } ] }
                """);
        NetworkCost c = NetworkCostModel.compute(NetworkLoader.resolve(f.toString()), 1, 32);
        // conv 5×5 valid: 28×28×6 → dw s2: 14×14×6 → pw 8 → dw s2 7×7×8 → pw 8 → pool 2/2: 3×3×8 → fc 72→10
        assertEquals("28×28×6", c.layers().get(0).output().toString());
        assertEquals("3×3×8", c.layers().get(5).output().toString());
        long expected = 28L * 28 * 6 * 25 + (14 * 14 * 6 * 9 + 14 * 14 * 6 * 8) + (7 * 7 * 8 * 9 + 7 * 7 * 8 * 8) + 72 * 10;
        assertEquals(expected, c.separable().multiplies());
        assertEquals(4, c.blocks().size());
        assertEquals(14L * 14 * 9 * 6 * 8, c.blocks().get(1).standardMultAdds());
    }

    @Test
    void errorsNameTheLayerAndField() {
        assertMessage("{ \"layers\": [ { \"type\": \"conv\", \"kernel\": 3 } ] }", "t.json: layer 1 (conv): 'filters' is missing");
        assertMessage("{ \"layers\": [ { \"type\": \"pool\" } ] }", "t.json: layer 1: unknown layer type 'pool'");
        assertMessage("{ \"layers\": [ { \"type\": \"dw\", \"kernel\": 3, \"strid\": 2 } ] }", "unknown field 'strid'");
        assertMessage("{ \"layers\": [ { \"type\": \"dw\", \"kernel\": 2.5 } ] }", "'kernel' must be a whole number ≥ 1, got 2.5");
        assertMessage("{ \"layers\": [ ] }", "has no layers");
        assertMessage("{ \"layers\": [ { \"type\": \"dw\" ", "not valid JSON");
        assertMessage("[1, 2]", "expected a JSON object");
        assertMessage("{ \"layers\": [ {\"repeat\": 2, \"layers\": [ { \"type\": \"fc\" } ] } ] }", "layer 1.1 (fc): 'filters' is missing");
    }

    @Test
    void aLayerThatDoesNotFitSaysWhich() {
        NetworkSpec n = NetworkLoader.parse(new StringReader(
                "{ \"input\": {\"resolution\": 4}, \"layers\": [ { \"type\": \"conv\", \"kernel\": 7, \"padding\": 0, \"filters\": 2 } ] }"), "x.json");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NetworkCostModel.compute(n, 1, 4));
        assertTrue(e.getMessage().startsWith("x: layer 1 (conv) on input 4×4×3: output height would be"), e.getMessage());
    }

    @Test
    void alphaAndResolutionAreChecked() {
        NetworkSpec n = NetworkLoader.builtIn("mobilenet-v1");
        assertThrows(IllegalArgumentException.class, () -> NetworkCostModel.compute(n, 0, 224));
        assertThrows(IllegalArgumentException.class, () -> NetworkCostModel.compute(n, 1.01, 224));
        assertThrows(IllegalArgumentException.class, () -> NetworkCostModel.compute(n, Double.NaN, 224));
        assertThrows(IllegalArgumentException.class, () -> NetworkCostModel.compute(n, 1, 0));
        assertEquals(29, NetworkCostModel.scale(100, 0.29));
        assertEquals(1, NetworkCostModel.scale(3, 0.1));
    }

    private static void assertMessage(String json, String part) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NetworkLoader.parse(new StringReader(json), "t.json"));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
