package org.convlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.convlab.export.DeckExporter;
import org.convlab.export.ExportDeck;
import org.convlab.export.ExportNames;
import org.convlab.export.ExportOptions;
import org.convlab.export.GifExporter;
import org.convlab.export.HeadlessFx;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code convlab export}: renders lesson steps to PNG (or one step's animation to a GIF) with no
 * display, through JavaFX's headless Monocle platform and software renderer.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Renders lesson steps as PNG pictures, or one step's animation as a GIF, with no display.",
            "Files are named <lesson>-<step>.png (steps padded to two digits); each file written is printed.",
            "Either every picture is written or, on an error, none."},
        footer = {"", "Examples:",
            "  convlab export --lesson lessons/06-depthwise.md --steps 1-5 --scale 2 --out slides",
            "  convlab export --all-lessons --out slides",
            "  convlab export --lesson lessons/06-depthwise.md --step 3 --gif --fps 6 --out depthwise.gif"})
public final class ExportCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    static final class Source {
        @Option(names = "--lesson", paramLabel = "FILE", description = "the lesson file to export") Path lesson;
        @Option(names = "--all-lessons", description = "export every lesson in the lessons folder") boolean all;
    }

    @ArgGroup(exclusive = true, multiplicity = "1") Source source;

    @Option(names = "--lessons-dir", paramLabel = "DIR",
            description = "folder read by --all-lessons (default: the built-in course and ~/.convlab/lessons)") Path lessonsDir;

    @Option(names = {"--steps", "--step"}, paramLabel = "RANGE",
            description = "steps to export: 3, 1-5 or 1,3,7-9 (default: all; --gif needs exactly one)") String steps;

    @Option(names = "--out", required = true, paramLabel = "DIR|FILE.gif",
            description = "folder for the PNGs (created if missing); for --gif a .gif file or a folder") Path out;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "1|2|3",
            description = "render at 1×, 2× or 3× (sharp text for slides; default: ${DEFAULT-VALUE})") int scale;

    @Option(names = "--size", defaultValue = "1600x1000", paramLabel = "WxH",
            description = "the size the view is laid out at, before scaling (default: ${DEFAULT-VALUE})") String size;

    @Option(names = "--background", defaultValue = "white", paramLabel = "white|transparent",
            description = "what shows where the view paints nothing (default: ${DEFAULT-VALUE}; GIFs are always on white)") String background;

    @Option(names = "--caption", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "add a caption strip: lesson, step, method, counts (default: on; --no-caption to leave it out)") boolean caption;

    @Option(names = "--gif", description = "write the step's animation as an animated GIF") boolean gif;

    @Option(names = "--fps", defaultValue = "4", paramLabel = "N",
            description = "GIF frames per second, up to 50 (default: ${DEFAULT-VALUE})") double fps;

    @Option(names = "--loop", defaultValue = "0", paramLabel = "N",
            description = "how many times the GIF plays; 0 = forever (default: ${DEFAULT-VALUE})") int loop;

    @Option(names = "--granularity", defaultValue = "row", paramLabel = "multiply|value|row|stage",
            description = "GIF: one frame per multiply, output value, row or stage of the animation (default: ${DEFAULT-VALUE})") String granularity;

    @Option(names = "--frames", paramLabel = "A-B",
            description = "GIF: only animation frames A to B (1-based; default: the whole run)") String frames;

    @Override public Integer call() throws IOException {
        ExportOptions options = new ExportOptions(requireScale(scale), ExportOptions.Background.parse(background), null);
        double[] wh = parseSize(size);
        List<ExportDeck> decks = new ArrayList<>();
        if (source.all) {
            if (lessonsDir != null && !Files.isDirectory(lessonsDir)) throw new CliException("--lessons-dir: folder " + lessonsDir + " does not exist");
            List<Path> files = lessonsDir != null ? ExportLessons.lessonFiles(lessonsDir) : LessonsCommand.libraryFiles();
            if (files.isEmpty()) throw new CliException("no lesson files (*.md) in " + (lessonsDir != null ? lessonsDir : "the built-in course"));
            for (Path f : files) decks.add(ExportLessons.load(f));
        } else {
            decks.add(ExportLessons.load(source.lesson));
        }
        DeckExporter exporter = new DeckExporter(wh[0], wh[1]);
        var w = spec.commandLine().getOut();
        if (gif) {
            if (decks.size() != 1) throw new CliException("--gif exports one step of one lesson: use --lesson FILE --step N");
            ExportDeck deck = ExportLessons.forGif(decks.get(0), granularity(granularity));
            List<Integer> chosen = StepRange.parse(steps, deck.stepCount(), deck.lessonId());
            if (steps == null || chosen.size() != 1) throw new CliException("--gif needs exactly one step (--step N); " + deck.lessonId() + " has " + deck.stepCount());
            int delay = GifExporter.delayForFps(requireFps(fps));
            if (loop < 0) throw new CliException("--loop must be 0 (forever) or a positive count, got " + loop);
            Path target = Files.isDirectory(out) ? out.resolve(ExportNames.step(deck.lessonId(), chosen.get(0)) + ".gif") : out;
            requireFolder(target.toAbsolutePath().getParent(), false);
            HeadlessFx.start();
            int n = exporter.frameCount(deck, chosen.get(0));
            int[] range = frames == null ? new int[] {1, n} : StepRange.span(frames, n, "--frames", "animation frame");
            exporter.exportGif(deck, chosen.get(0), range[0] - 1, range[1] - 1, target, delay, loop, options, caption, null, null);
            w.println(target);
            return 0;
        }
        if (frames != null) throw new CliException("--frames only applies with --gif");
        List<DeckExporter.Job> jobs = new ArrayList<>();
        for (ExportDeck d : decks) {
            for (int s : StepRange.parse(steps, d.stepCount(), d.lessonId())) {
                jobs.add(new DeckExporter.Job(d, s, out.resolve(ExportNames.png(d.lessonId(), s))));
            }
        }
        requireFolder(out, true);
        HeadlessFx.start();
        exporter.exportPngs(jobs, options, caption, p -> w.println(p));
        return 0;
    }

    static org.convlab.ui.animation.AnimationModel.Granularity granularity(String g) {
        return switch (g.trim().toLowerCase(Locale.ROOT)) {
            case "multiply" -> org.convlab.ui.animation.AnimationModel.Granularity.MULTIPLY;
            case "value", "output" -> org.convlab.ui.animation.AnimationModel.Granularity.VALUE;
            case "row" -> org.convlab.ui.animation.AnimationModel.Granularity.ROW;
            case "stage" -> org.convlab.ui.animation.AnimationModel.Granularity.STAGE;
            default -> throw new CliException("--granularity must be multiply, value, row or stage, got '" + g + "'");
        };
    }

    private static int requireScale(int s) {
        if (s < 1 || s > ExportOptions.MAX_SCALE) throw new CliException("--scale must be 1, 2 or 3, got " + s);
        return s;
    }

    private static double requireFps(double f) {
        if (!(f > 0 && f <= 50)) throw new CliException("--fps must be above 0 and at most 50, got " + f);
        return f;
    }

    static double[] parseSize(String s) {
        String[] p = s.trim().toLowerCase(Locale.ROOT).split("[x×]");
        try {
            if (p.length == 2) {
                double w = Integer.parseInt(p[0].trim()), h = Integer.parseInt(p[1].trim());
                if (w >= 200 && h >= 150 && w <= 8000 && h <= 8000) return new double[] {w, h};
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new CliException("--size must be WIDTHxHEIGHT between 200x150 and 8000x8000, got '" + s + "'");
    }

    /** The folder must exist (or be creatable, for PNG folders) and be writable. */
    private static void requireFolder(Path dir, boolean create) {
        if (dir == null) return;
        if (!Files.isDirectory(dir)) {
            if (!create) throw new CliException("--out: folder " + dir + " does not exist");
            if (Files.exists(dir)) throw new CliException("--out: " + dir + " is a file, not a folder");
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new CliException("--out: cannot create folder " + dir + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            }
        }
        if (!Files.isWritable(dir)) throw new CliException("--out: cannot write to folder " + dir);
    }
}
