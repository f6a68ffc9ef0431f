package org.convlab.export;

import java.awt.image.BufferedImage;
import javafx.scene.Node;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Puts the same picture {@link SnapshotExporter} would write on the system clipboard (FX thread). */
public final class ClipboardExport {
    private ClipboardExport() { }

    /** Renders {@code node} with the options and copies the picture; returns it (for a status line). */
    public static BufferedImage copy(Node node, ExportOptions o) {
        BufferedImage img = SnapshotExporter.render(node, o);
        copy(img);
        return img;
    }

    /** Copies an already rendered picture. */
    public static void copy(BufferedImage img) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(toFxImage(img));
        if (!Clipboard.getSystemClipboard().setContent(content)) {
            throw new IllegalStateException("the system clipboard refused the picture");
        }
    }

    static WritableImage toFxImage(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        int[] px = img.getRGB(0, 0, w, h, null, 0, w);
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        return out;
    }
}
