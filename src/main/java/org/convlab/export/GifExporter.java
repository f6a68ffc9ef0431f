package org.convlab.export;

import org.convlab.io.AtomicFiles;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes an animated GIF frame by frame: each frame is encoded as soon as it is given and then
 * dropped, so a long animation never sits in memory. The file appears only when the last frame
 * is written; a cancelled or failed export leaves nothing behind (it writes to a temporary file in
 * the same folder and moves it into place at the end).
 *
 * <p>Every frame carries a graphic control extension with the delay (in hundredths of a second,
 * as GIF stores it) and disposal "none" (each frame is a full picture). The first frame carries
 * the NETSCAPE2.0 application extension with the loop count. GIF has no partial transparency,
 * so frames are flattened onto white.
 */
public final class GifExporter implements AutoCloseable {
    /** Reports progress: {@code done} of {@code total} frames written. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);
    }

    /** Gives frame {@code i} (0-based); called once per frame, in order. */
    @FunctionalInterface
    public interface FrameSource {
        BufferedImage frame(int i) throws Exception;
    }

    private final Path target;
    private final Path tmp;
    private final ImageOutputStream out;
    private final ImageWriter writer;
    private final int delayCentis;
    private final int plays;
    private int frames;
    private boolean finished;

    /**
     * Opens a GIF for writing.
     *
     * @param delayCentis delay after each frame in hundredths of a second (≥ 1)
     * @param plays       how many times the animation plays: 0 = forever, 1 = once, n = n times
     */
    public GifExporter(Path target, int delayCentis, int plays) throws IOException {
        if (delayCentis < 1 || delayCentis > 65535) throw new IllegalArgumentException("frame delay must be 1 to 65535 hundredths of a second, got " + delayCentis);
        if (plays < 0 || plays > 65536) throw new IllegalArgumentException("loop count must be 0 (forever) to 65536, got " + plays);
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("gif");
        if (!it.hasNext()) throw new IOException("this Java has no GIF writer");
        this.target = target;
        this.delayCentis = delayCentis;
        this.plays = plays;
        this.tmp = AtomicFiles.createTemp(target);
        try {
            this.out = ImageIO.createImageOutputStream(tmp.toFile());
            if (out == null) throw new IOException("cannot open " + tmp + " for writing");
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        this.writer = it.next();
        writer.setOutput(out);
        writer.prepareWriteSequence(null);
    }

    /** The GIF delay for a frame rate: 100 / fps hundredths, rounded, at least 1 (so 12 fps → 8 cs). */
    public static int delayForFps(double fps) {
        if (!(fps > 0) || fps > 100) throw new IllegalArgumentException("frame rate must be above 0 and at most 100 fps, got " + fps);
        return Math.max(1, (int) Math.round(100.0 / fps));
    }

    /** Encodes one frame (flattened onto white) and forgets it. */
    public void add(BufferedImage frame) throws IOException {
        if (finished) throw new IllegalStateException("the GIF is already finished");
        BufferedImage rgb = flatten(frame);
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(rgb), param);
        configure(meta, frames == 0);
        writer.writeToSequence(new IIOImage(rgb, null, meta), param);
        frames++;
    }

    public int frames() { return frames; }

    /** Finishes the file and moves it into place. */
    public void commit() throws IOException {
        if (finished) throw new IllegalStateException("the GIF is already finished");
        if (frames == 0) throw new IllegalStateException("a GIF needs at least one frame");
        finished = true;
        try {
            writer.endWriteSequence();
            out.close();
            writer.dispose();
            AtomicFiles.commit(tmp, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** Drops the export: closes and deletes the temporary file (nothing is left behind). */
    public void abort() {
        if (finished) return;
        finished = true;
        try {
            out.close();
        } catch (IOException ignored) {
            // the file is deleted next anyway
        }
        writer.dispose();
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // nothing more can be done; the name starts with a dot and ends in .tmp
        }
    }

    /** Aborts unless committed. */
    @Override public void close() { abort(); }

    /**
     * Writes {@code count} frames from {@code source} to {@code target}, reporting progress after
     * each frame and checking {@code cancelled} before each one. On cancellation throws
     * {@link CancellationException} and leaves no file.
     */
    public static void export(Path target, int count, FrameSource source, int delayCentis, int plays,
                              Progress progress, BooleanSupplier cancelled) throws IOException {
        if (count < 1) throw new IllegalArgumentException("a GIF needs at least one frame, got " + count);
        try (GifExporter gif = new GifExporter(target, delayCentis, plays)) {
            for (int i = 0; i < count; i++) {
                if (cancelled != null && cancelled.getAsBoolean()) throw new CancellationException("GIF export cancelled");
                BufferedImage f;
                try {
                    f = source.frame(i);
                } catch (IOException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IOException("frame " + (i + 1) + ": " + e.getMessage(), e);
                }
                gif.add(f);
                if (progress != null) progress.update(i + 1, count);
            }
            if (cancelled != null && cancelled.getAsBoolean()) throw new CancellationException("GIF export cancelled");
            gif.commit();
        }
    }

    private void configure(IIOMetadata meta, boolean first) throws IIOInvalidTreeException {
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(delayCentis));
        gce.setAttribute("transparentColorIndex", "0");
        if (first && plays != 1) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            int repeats = plays == 0 ? 0 : plays - 1; // the count is repetitions after the first play; 0 = forever
            app.setUserObject(new byte[] {1, (byte) (repeats & 0xFF), (byte) ((repeats >> 8) & 0xFF)});
            apps.appendChild(app);
        }
        meta.setFromTree(format, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) return (IIOMetadataNode) root.item(i);
        }
        IIOMetadataNode n = new IIOMetadataNode(name);
        root.appendChild(n);
        return n;
    }

    /** An opaque RGB copy, transparent parts composited onto white. */
    static BufferedImage flatten(BufferedImage src) {
        int w = src.getWidth(), h = src.getHeight();
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            src.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = row[x], a = p >>> 24;
                if (a == 255) continue;
                int r = ((p >> 16) & 0xFF) * a / 255 + (255 - a);
                int g = ((p >> 8) & 0xFF) * a / 255 + (255 - a);
                int b = (p & 0xFF) * a / 255 + (255 - a);
                row[x] = (r << 16) | (g << 8) | b;
            }
            rgb.setRGB(0, y, w, 1, row, 0, w);
        }
        return rgb;
    }
}
