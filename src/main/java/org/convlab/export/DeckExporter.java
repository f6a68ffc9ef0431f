package org.convlab.export;

import org.convlab.io.AtomicFiles;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * Renders lesson steps to files: PNGs of many steps (all or nothing) and a GIF of one step's
 * animation. Views are built and rendered on the FX thread (through {@link HeadlessFx#call});
 * PNG and GIF encoding runs on the calling thread.
 */
public final class DeckExporter {
    /** The size views are laid out at, in layout units (the picture is this times the scale). */
    public static final double DEFAULT_WIDTH = 1600, DEFAULT_HEIGHT = 1000;

    private final double width, height;

    public DeckExporter(double width, double height) {
        if (!(width >= 200 && height >= 150 && width <= 8000 && height <= 8000)) {
            throw new IllegalArgumentException("view size must be between 200×150 and 8000×8000, got " + (int) width + "×" + (int) height);
        }
        this.width = width;
        this.height = height;
    }

    /** One step to export as a PNG. */
    public record Job(ExportDeck deck, int step, Path target) { }

    /**
     * Renders every job; the files appear only when all of them rendered (each is first written
     * to a temporary file beside its target). {@code onWritten} is told each file once it is in
     * place. On any failure no new file is left behind.
     */
    public List<Path> exportPngs(List<Job> jobs, ExportOptions options, boolean caption, Consumer<Path> onWritten) throws IOException {
        // all or nothing: every picture is rendered and staged first; then the files move into place
        // together, and if one move fails the ones already moved are put back as they were
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            for (Job j : jobs) {
                BufferedImage img = renderStep(j.deck(), j.step(), options, caption);
                batch.stage(j.target(), out -> {
                    if (!ImageIO.write(img, "png", out)) throw new IOException("no PNG writer available");
                });
            }
            batch.commit();
        }
        List<Path> written = new ArrayList<>();
        for (Job j : jobs) {
            written.add(j.target());
            if (onWritten != null) onWritten.accept(j.target());
        }
        return written;
    }

    /** Renders one step at the export size (the still picture). */
    public BufferedImage renderStep(ExportDeck deck, int step, ExportOptions options, boolean caption) {
        return HeadlessFx.call(() -> {
            ExportDeck.StepView v = deck.view(step);
            try (SnapshotExporter.Offscreen off = new SnapshotExporter.Offscreen(v.root(), width, height)) {
                return off.render(caption ? options.withCaption(v.caption()) : options.withCaption(null), v.snapshotTarget());
            } finally {
                v.dispose();
            }
        });
    }

    /** How many animation frames a step has. */
    public int frameCount(ExportDeck deck, int step) {
        return HeadlessFx.call(() -> {
            ExportDeck.StepView v = deck.view(step);
            try {
                return v.frameCount();
            } finally {
                v.dispose();
            }
        });
    }

    /**
     * Writes frames {@code from}..{@code to} (0-based, inclusive) of a step's animation as a GIF,
     * one frame rendered, encoded and dropped at a time.
     */
    public void exportGif(ExportDeck deck, int step, int from, int to, Path target, int delayCentis, int plays,
                          ExportOptions options, boolean caption, GifExporter.Progress progress, BooleanSupplier cancelled)
            throws IOException {
        ExportDeck.StepView v = HeadlessFx.call(() -> deck.view(step));
        SnapshotExporter.Offscreen off = HeadlessFx.call(() -> new SnapshotExporter.Offscreen(v.root(), width, height));
        try {
            int n = v.frameCount();
            if (from < 0 || to >= n || from > to) {
                throw new IllegalArgumentException("frames " + (from + 1) + "-" + (to + 1) + " are out of range: step " + step + " has " + n + " frame(s)");
            }
            GifExporter.export(target, to - from + 1, i -> HeadlessFx.call(() -> {
                v.showFrame(from + i);
                return off.render(caption ? options.withCaption(v.caption()) : options.withCaption(null), v.snapshotTarget());
            }), delayCentis, plays, progress, cancelled);
        } finally {
            HeadlessFx.call(() -> {
                off.close();
                v.dispose();
                return null;
            });
        }
    }
}
