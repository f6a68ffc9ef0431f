package org.convlab.cli;

import com.google.gson.GsonBuilder;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.convlab.engine.perf.RaceLayer;
import org.convlab.engine.perf.Roofline;
import org.convlab.engine.perf.Timing;
import org.convlab.io.RooflineCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code roofline}: this machine's multiply rate and memory bandwidth (measured once, cached in
 * roofline.json under the ConvLab home), and each method of the race layers placed by arithmetic
 * intensity against its measured rate: the same numbers as the app's Speed screen.
 */
@Command(name = "roofline", mixinStandardHelpOptions = true,
        description = {"Measure this machine's roofline (multiply rate, memory bandwidth) and place the race layers' methods on it.",
            "Bytes moved = input + weights + output (+ an intermediate written and read back), 4 bytes each, once (docs/ROOFLINE.md)."})
public final class RooflineCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "print one JSON object and nothing else")
    boolean json;

    @Option(names = "--remeasure", description = "measure the roofs again instead of using the cached roofline.json")
    boolean remeasure;

    @Option(names = "--layer", paramLabel = "ID", description = "only this layer: mobilenet-112, layer-14 or hd-7x7 (default: all)")
    String layer;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "timed runs per point, median (default ${DEFAULT-VALUE})")
    int runs;

    @Override public Integer call() throws InterruptedException {
        if (runs < 1) throw new CliException("--runs must be ≥ 1, got " + runs);
        List<RaceLayer> layers;
        try {
            layers = layer == null ? List.of(RaceLayer.values()) : List.of(RaceLayer.parse(layer));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        Roofline roof = remeasure ? RooflineCache.remeasure() : RooflineCache.get();
        PrintWriter out = spec.commandLine().getOut();
        if (!json) {
            out.printf(Locale.ROOT, "compute roof %.2f GMAC/s, memory roof %.2f GB/s, ridge %.2f MAC/byte (%d threads, measured %s)%n",
                    roof.gmacs(), roof.gbs(), roof.ridge(), roof.threads(), roof.measured());
            out.printf(Locale.ROOT, "%-16s %-22s %12s %11s %9s %9s %9s %s%n", "layer", "method", "MACs", "MB moved",
                    "MAC/byte", "ms", "GMAC/s", "bound by");
            out.flush();
        }
        List<Map<String, Object>> points = new ArrayList<>();
        for (RaceLayer l : layers) {
            for (RaceLayer.Contender c : l.points()) {
                Timing.Point p = Timing.point(c.name(), c.request(), 2, runs);
                String bound = roof.memoryBound(p.intensity()) ? "memory" : "compute";
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("layer", l.id());
                    m.put("method", c.name());
                    m.put("multiplies", p.multiplies());
                    m.put("bytes", p.bytes());
                    m.put("intensity", round(p.intensity()));
                    m.put("ms", round(p.millis()));
                    m.put("gmacs", round(p.gmacs()));
                    m.put("attainableGmacs", round(roof.attainable(p.intensity())));
                    m.put("bound", bound);
                    points.add(m);
                } else {
                    out.printf(Locale.ROOT, "%-16s %-22s %12d %11.2f %9.2f %9.2f %9.2f %s (%.0f %% of the roof)%n", l.id(), c.name(),
                            p.multiplies(), p.bytes() / 1e6, p.intensity(), p.millis(), p.gmacs(), bound,
                            100 * roof.efficiency(p.intensity(), p.gmacs()));
                    out.flush();
                }
            }
        }
        if (json) {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("gmacs", round(roof.gmacs()));
            all.put("gbs", round(roof.gbs()));
            all.put("ridge", round(roof.ridge()));
            all.put("threads", roof.threads());
            all.put("measured", roof.measured());
            all.put("points", points);
            out.println(new GsonBuilder().setPrettyPrinting().create().toJson(all));
        }
        out.flush();
        return 0;
    }

    private static double round(double v) { return Math.round(v * 1000) / 1000.0; }
}
