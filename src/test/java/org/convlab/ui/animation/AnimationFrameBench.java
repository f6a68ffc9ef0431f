package org.convlab.ui.animation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.convlab.engine.Method;
import org.convlab.ui.core.ComputeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Frame-time micro-benchmark of the animation canvas at the largest scene (32×32×8 input,
 * 3×3×8×8 kernels): 300 frames of playback, each moving the position by 1/300 of the trace
 * (replay + canvas commands), then forcing the commands through the software renderer with a
 * snapshot. Off by default; run with
 * {@code mvn -B -o test -Dtest=AnimationFrameBench -Dconvlab.bench=true}. Appends its numbers to
 * {@code docs/ANIMATION_BENCHMARKS.md}.
 */
@EnabledIfSystemProperty(named = "convlab.bench", matches = "true")
class AnimationFrameBench {
    private static final int FRAMES = 300, WARMUP = 20;

    @Test
    void frameTimes() throws Exception {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // fine
        }
        List<String> rows = new ArrayList<>();
        for (Method method : new Method[] {Method.STANDARD, Method.DEPTHWISE_SEPARABLE, Method.LOW_RANK}) {
            CompletableFuture<String> row = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    row.complete(run(method));
                } catch (Throwable t) {
                    row.completeExceptionally(t);
                }
            });
            rows.add(row.get(4, TimeUnit.MINUTES));
        }
        StringBuilder md = new StringBuilder();
        Path file = Path.of("docs", "ANIMATION_BENCHMARKS.md");
        if (!Files.exists(file)) {
            md.append("# Animation frame times\n\nCommand: `mvn -B -o test -Dtest=AnimationFrameBench -Dconvlab.bench=true` ")
              .append("(Monocle headless, prism software pipeline, 1200×760 window).\n")
              .append("Scene: smooth 32×32 sample, C = 8 channels, F = 8 filters, Sobel-x 3×3, padding same (low-rank r = 3).\n")
              .append("Each frame moves the position by 1/300 of the trace (replay through the trace cursor + canvas drawing = `draw`); ")
              .append("`draw+render` also forces the canvas commands through the renderer with a snapshot (which adds a pixel read-back, ")
              .append("so it overestimates a real frame). 60 fps needs ≤ 16.7 ms.\n\n");
        }
        md.append("\n## ").append(Instant.now()).append(" (").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
          .append(System.getProperty("java.version")).append(")\n\n")
          .append("| method | trace steps | frames | draw median ms | draw worst ms | draw+render median ms | draw+render p95 ms | draw+render worst ms | snapshot alone median ms |\n")
          .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        Files.createDirectories(file.getParent());
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println(md);
    }

    private static String run(Method method) throws IOException {
        AnimationView view = new AnimationView(ComputeService.synchronous());
        AnimationModel m = view.getModel();
        m.sceneProperty().set(new SceneSpec("smooth 32×32", 8, 8, "sobel-x", 3, 1, "same", 1, 3, false, 1, false, org.convlab.engine.KernelBank.StandardWeights.FREE));
        m.methodProperty().set(method);
        Stage stage = new Stage();
        stage.setScene(new Scene(view.getRoot(), 1200, 760));
        stage.show();
        view.getRoot().applyCss();
        view.getRoot().layout();
        int n = m.getTrace().size();
        double[] draw = new double[FRAMES], total = new double[FRAMES];
        for (int f = -WARMUP; f < FRAMES; f++) {
            int target = (int) ((long) n * (Math.floorMod(f, FRAMES) + 1) / FRAMES);
            long t0 = System.nanoTime();
            m.positionProperty().set(target == m.positionProperty().get() ? target - 1 : target);
            long t1 = System.nanoTime();
            view.getSnapshotTarget().snapshot(null, null);
            long t2 = System.nanoTime();
            if (f >= 0) { draw[f] = (t1 - t0) / 1e6; total[f] = (t2 - t0) / 1e6; }
        }
        assertTrue(view.canvasPainter().drawCount() >= FRAMES, "every frame redrew");
        // baseline: the same snapshot with nothing redrawn (the cost of rendering + reading back the pixels alone)
        double[] idle = new double[FRAMES];
        for (int f = 0; f < FRAMES; f++) {
            long t0 = System.nanoTime();
            view.getSnapshotTarget().snapshot(null, null);
            idle[f] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(idle);
        view.dispose();
        stage.close();
        double[] d = draw.clone(), t = total.clone();
        Arrays.sort(d);
        Arrays.sort(t);
        return String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |", method.id(), n, FRAMES,
                d[FRAMES / 2], d[FRAMES - 1], t[FRAMES / 2], t[(int) (FRAMES * 0.95)], t[FRAMES - 1], idle[FRAMES / 2]);
    }
}
