package org.convlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A non-smooth ImageView of a tiny bitmap exports as crisp blocks at every scale, and the view keeps its image. */
class PixelatedImagesTest {
    @BeforeAll static void fx() { HeadlessFx.start(); }

    @Test
    void checkerboardStaysBlackAndWhiteAt1xAnd3x() {
        for (int scale : new int[] {1, 3}) {
            WritableImage wi = new WritableImage(4, 4);
            for (int y = 0; y < 4; y++) for (int x = 0; x < 4; x++) wi.getPixelWriter().setColor(x, y, (x + y) % 2 == 0 ? Color.BLACK : Color.WHITE);
            ImageView iv = new ImageView(wi);
            iv.setSmooth(false);
            iv.setFitWidth(80);
            iv.setFitHeight(80);
            StackPane box = new StackPane(iv);
            BufferedImage img = HeadlessFx.call(() -> SnapshotExporter.renderOffscreen(box, 80, 80, ExportOptions.defaults().withScale(scale)));
            int grey = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    int g = img.getRGB(x, y) & 0xFF;
                    if (g > 10 && g < 245) grey++;
                }
            }
            assertTrue(grey <= 4 * img.getWidth(), "scale " + scale + ": " + grey + " blended pixels");
            int cell = 20 * scale;
            assertEquals(0, img.getRGB(cell / 2, cell / 2) & 0xFFFFFF);
            assertEquals(0xFFFFFF, img.getRGB(cell + cell / 2, cell / 2) & 0xFFFFFF);
            assertSame(wi, iv.getImage(), "the original image is back");
            assertEquals(80, iv.getFitWidth());
        }
    }
}
