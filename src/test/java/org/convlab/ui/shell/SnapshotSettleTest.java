package org.convlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.ComboBox;
import org.convlab.cli.SnapshotCommand;
import org.convlab.export.HeadlessFx;
import org.convlab.ui.Snapshots;
import org.convlab.ui.core.Look;
import org.convlab.ui.core.Theme;
import org.convlab.ui.tradeoff.TradeoffScreen;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code convlab snapshot} pictures a screen once its background work is done: the Trade-off
 * screen, which loads and measures its first model when first shown, is pictured with the model
 * chosen and a measured point, not "Measuring…".
 */
class SnapshotSettleTest {
    @Test
    void theTradeoffScreenIsPicturedWithItsModelLoadedAndMeasured() throws Exception {
        HeadlessFx.start();
        Snapshots.Stage stage = HeadlessFx.call(() -> Snapshots.Stage.openInBackground(1280, 720));
        try {
            HeadlessFx.call(() -> { stage.show("tradeoff", 1280, 720, new Look(Theme.DARK, 1.0, false)); return null; });
            assertTrue(stage.settle(Snapshots.SETTLE_MILLIS), "the trade-off screen settles within the snapshot's bound");
            TradeoffScreen screen = HeadlessFx.call(() -> (TradeoffScreen) stage.window().screens().stream()
                    .filter(s -> s.id().equals("tradeoff")).findFirst().orElseThrow());
            HeadlessFx.call(() -> {
                ComboBox<?> models = (ComboBox<?>) screen.root().lookup("#tradeoff-model");
                assertNotNull(models.getValue(), "the Model combo shows the loaded model");
                assertNotNull(screen.model().modelProperty().get());
                assertNotNull(screen.model().currentProperty().get(), "a point was measured");
                for (javafx.scene.Node n : screen.root().lookupAll(".label")) {
                    String text = ((javafx.scene.control.Labeled) n).getText();
                    assertFalse(text != null && text.startsWith("Measuring"), "a label still says: " + text);
                }
                return null;
            });
        } finally {
            HeadlessFx.call(() -> { stage.close(); return null; });
        }
    }

    @Test
    void theSnapshotHelpPrintsWithoutAPicocliWarning() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        String usage;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            usage = new CommandLine(new SnapshotCommand()).getUsageMessage(CommandLine.Help.Ansi.OFF);
        } finally {
            System.setErr(err);
        }
        assertTrue(usage.contains("everything at 140 %"), usage);
        assertFalse(captured.toString(StandardCharsets.UTF_8).contains("WARN"), captured.toString(StandardCharsets.UTF_8));
    }
}
