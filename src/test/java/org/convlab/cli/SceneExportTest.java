package org.convlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --scene}: a YAML scene rendered headless as one frame or a GIF; bad input is one line, exit 2. */
class SceneExportTest {
    private static final String SCENE = "image: { pattern: edges, size: 6 }\nchannels: 2\nfilters: 2\n"
            + "kernel: { preset: sobel-x, size: 3 }\npadding: same\nmethod: grouped\ngroups: 2\n";

    private static int run(StringWriter err, String... args) {
        return ConvLabCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    }

    @Test
    void frameAndGif(@TempDir Path dir) throws Exception {
        Path scene = Files.writeString(dir.resolve("grouped.yaml"), SCENE);
        Path png = dir.resolve("f.png"), gif = dir.resolve("a.gif");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "export", "--scene", scene.toString(), "--step", "20", "--size", "1000x700", "--out", png.toString()), err.toString());
        BufferedImage img = ImageIO.read(png.toFile());
        assertTrue(img.getWidth() >= 1000, "width " + img.getWidth());
        assertEquals(0, run(err, "export", "--scene", scene.toString(), "--gif", "--granularity", "stage", "--size", "800x600", "--out", gif.toString()), err.toString());
        assertTrue(Files.size(gif) > 0);
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith(".convlab-scene-")), "the generated lesson is removed");
        }
    }

    @Test
    void badSceneIsOneLine(@TempDir Path dir) throws Exception {
        Path scene = Files.writeString(dir.resolve("bad.yaml"), "- just\n- a list\n");
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "export", "--scene", scene.toString(), "--out", dir.resolve("x.png").toString()));
        assertTrue(err.toString().contains("mapping"), err.toString());
        StringWriter err2 = new StringWriter();
        assertEquals(2, run(err2, "export", "--scene", dir.resolve("missing.yaml").toString(), "--out", dir.resolve("x.png").toString()));
        assertTrue(err2.toString().contains("does not exist"), err2.toString());
        assertFalse(Files.exists(dir.resolve("x.png")));
    }
}
