package org.convlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.convlab.ui.Snapshots;
import org.convlab.ui.core.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code convlab snapshot}: pictures of the real screens, rendered with no display. */
@Command(name = "snapshot", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Renders the app's screens as PNG pictures with no display, each in the whole window as a class sees it.",
            "Files are named SCREEN-THEME-WxH[-presentation].png; each file written is printed."},
        footer = {"", "Examples:",
            "  convlab snapshot --screen all --theme dark --size 1280x720 --presentation --out shots",
            "  convlab snapshot --screen workbench,cost --theme contrast --size 1920x1080 --scale 2 --out shots"})
public final class SnapshotCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--screen", defaultValue = "all", paramLabel = "ID[,ID…]|all",
            description = "screens to render: workbench, animation, lessons, cost (and any screen added later), or all (default: ${DEFAULT-VALUE})")
    String screens;

    @Option(names = "--theme", defaultValue = "light", paramLabel = "light|dark|contrast",
            description = "colour theme (default: ${DEFAULT-VALUE})") String theme;

    @Option(names = "--size", defaultValue = "1280x720", paramLabel = "WxH",
            description = "window size in layout pixels (default: ${DEFAULT-VALUE})") String size;

    @Option(names = "--presentation", description = "presentation mode: everything at 140 %%") boolean presentation;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "1|2",
            description = "pixels per layout pixel, 2 for sharp slides (default: ${DEFAULT-VALUE})") int scale;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the PNGs (created if missing)") Path out;

    @Override public Integer call() throws IOException {
        Theme t;
        try {
            t = Theme.valueOf(theme.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CliException("--theme must be light, dark or contrast, got '" + theme + "'");
        }
        if (scale != 1 && scale != 2) throw new CliException("--scale must be 1 or 2, got " + scale);
        double[] wh = ExportCommand.parseSize(size);
        List<String> ids = Arrays.stream(screens.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
        if (ids.isEmpty()) throw new CliException("--screen needs a screen id or all");
        if (Files.exists(out) && !Files.isDirectory(out)) throw new CliException("--out: " + out + " is a file, not a folder");
        Files.createDirectories(out);
        var w = spec.commandLine().getOut();
        for (Path p : Snapshots.write(ids, t, (int) wh[0], (int) wh[1], presentation, scale, out)) w.println(p);
        return 0;
    }
}
