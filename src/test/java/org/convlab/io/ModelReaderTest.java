package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.convlab.network.model.Model;
import org.convlab.network.model.ModelLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelReaderTest {
    @TempDir Path dir;

    private void tiny(String layers) throws Exception {
        Npy.write(dir.resolve("c.w.npy"), new int[] {2, 1, 3, 3}, new float[18]);
        Npy.write(dir.resolve("fc.w.npy"), new int[] {3, 2}, new float[6]);
        Npy.write(dir.resolve("img.npy"), new int[] {2, 4, 4}, new float[32]);
        Npy.write(dir.resolve("lab.npy"), new int[] {2}, new float[] {0, 2});
        Files.writeString(dir.resolve("model.json"), "{\"name\":\"tiny\",\"input\":{\"channels\":1,\"height\":4,\"width\":4},"
                + "\"classes\":[\"a\",\"b\",\"c\"],\"layers\":[" + layers + "],"
                + "\"test\":{\"images\":\"img.npy\",\"labels\":\"lab.npy\"}}");
    }

    @Test
    void readsAFolder() throws Exception {
        tiny("{\"type\":\"conv2d\",\"name\":\"c\",\"in\":1,\"out\":2,\"kernel\":3,\"padding\":1,\"weight\":\"c.w.npy\"},"
                + "{\"type\":\"relu\"},{\"type\":\"globalavgpool\"},{\"type\":\"flatten\"},"
                + "{\"type\":\"linear\",\"name\":\"fc\",\"in\":2,\"out\":3,\"weight\":\"fc.w.npy\"}");
        Model m = ModelReader.resolve(dir.toString());
        assertEquals("tiny", m.name());
        assertEquals(5, m.layers().size());
        assertEquals(1, m.convolutions().size());
        assertTrue(m.layers().get(2) instanceof ModelLayer.GlobalAvgPool);
        assertEquals(18 + 6, m.parameters());
        assertEquals(2, m.test().labels()[1]);
    }

    @Test
    void errorsNameTheFileAndLayer() throws Exception {
        tiny("{\"type\":\"conv2d\",\"name\":\"c\",\"in\":1,\"out\":4,\"kernel\":3,\"weight\":\"c.w.npy\"}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelReader.load(dir));
        assertTrue(e.getMessage().contains("layer 1") && e.getMessage().contains("c.w.npy"), e.getMessage());
        tiny("{\"type\":\"softmax\"}");
        e = assertThrows(IllegalArgumentException.class, () -> ModelReader.load(dir));
        assertTrue(e.getMessage().contains("unknown layer type 'softmax'"), e.getMessage());
        tiny("{\"type\":\"linear\",\"name\":\"fc\",\"in\":2,\"out\":3,\"weight\":\"../x.npy\"}");
        e = assertThrows(IllegalArgumentException.class, () -> ModelReader.load(dir));
        assertTrue(e.getMessage().contains("inside the model folder"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ModelReader.resolve("no-such-model"));
        assertTrue(e.getMessage().contains("fashion-cnn"), e.getMessage());
    }

    @Test
    void readsUint8() {
        byte[] header = "{'descr': '|u1', 'fortran_order': False, 'shape': (3,), }".getBytes();
        byte[] b = new byte[10 + header.length + 1 + 3];
        b[0] = (byte) 0x93; b[1] = 'N'; b[2] = 'U'; b[3] = 'M'; b[4] = 'P'; b[5] = 'Y'; b[6] = 1; b[7] = 0;
        b[8] = (byte) (header.length + 1);
        System.arraycopy(header, 0, b, 10, header.length);
        b[10 + header.length] = '\n';
        b[b.length - 3] = 0; b[b.length - 2] = (byte) 128; b[b.length - 1] = (byte) 255;
        assertEquals(255f, Npy.parse(b, "u8").data()[2]);
        assertEquals(128f, Npy.parse(b, "u8").data()[1]);
    }
}
