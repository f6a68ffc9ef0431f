package org.convlab.ui.workbench;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.convlab.engine.ConvResult;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Cost;
import org.convlab.engine.CostModel;
import org.convlab.engine.GroupedEquality;
import org.convlab.ui.core.Palette;

/**
 * The grouped method's channel groups: which filters read which input channels (filters of
 * group g read channels g·C/G … (g+1)·C/G − 1), the cost F·H_out·W_out·(C/G)·K_h·K_w with the
 * engine's numbers put in beside its counted multiplies, the same layer's cost for every other
 * G (CostModel), and the checks that G = 1 is standard and G = C is depthwise on this input.
 */
final class ChannelGroupsPanel {
    static final int MAX_ROWS = 8;

    private final VBox root = new VBox(4);
    private final Label summary = new Label(), cost = new Label(), checks = new Label(), dropped = new Label();
    private final javafx.scene.layout.FlowPane everyG = new javafx.scene.layout.FlowPane(12, 2);
    private final VBox rows = new VBox(2);

    ChannelGroupsPanel() {
        Label title = new Label("Channel groups");
        title.getStyleClass().add(ImagePanel.TITLE);
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (Label l : new Label[] {summary, checks, dropped}) {
            l.setWrapText(true);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        dropped.setId("grouped-dropped");
        everyG.setId("grouped-every-g");
        cost.getStyleClass().add(CostPanel.FORMULA);
        cost.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        checks.setId("grouped-checks");
        cost.setId("grouped-cost");
        root.setId("channel-groups");
        root.getChildren().addAll(title, summary, rows, dropped, cost, everyG, checks);
        root.managedProperty().bind(root.visibleProperty());
    }

    VBox getRoot() { return root; }

    /** Shows the groups of {@code r} (computed with G = {@code groups} on a C×H×W input); null clears. */
    void show(ConvResult r, int groups, int c, int h, int w, int kH, int kW, ConvSpec spec, Palette palette, boolean countsHidden,
              org.convlab.engine.Weights dense) {
        rows.getChildren().clear();
        dropped.setText("");
        if (r == null || groups < 1) {
            summary.setText("no result yet");
            cost.setText("");
            everyG.getChildren().clear();
            return;
        }
        int f = r.output().channels(), cg = c / groups, fg = f / groups;
        summary.setText("C = " + c + " channels in G = " + groups + " group" + (groups == 1 ? "" : "s") + " of C/G = " + cg
                + "; F = " + f + " filters, " + fg + " per group");
        int shown = Math.min(groups, MAX_ROWS);
        for (int g = 0; g < shown; g++) {
            Rectangle sw = new Rectangle(12, 12, palette == null ? javafx.scene.paint.Color.GRAY : palette.group(g));
            Label l = new Label("group " + g + ": " + GroupBands.named("filters", g * fg, (g + 1) * fg - 1)
                    + (fg == 1 ? " reads " : " read ") + GroupBands.named("channels", g * cg, (g + 1) * cg - 1));
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox row = new HBox(6, sw, l);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(row);
        }
        if (groups > shown) rows.getChildren().add(new Label("… and " + (groups - shown) + " more groups"));
        if (dense != null && groups > 1) {
            long[] d = GroupedEquality.droppedSlices(dense, groups);
            dropped.setText("G = " + groups + " drops " + d[1] + " of the " + (long) f * c + " filter-channel kernels; "
                    + (d[0] == 0 ? "here all are zero: the output equals standard for every G (mix channels in the pointwise layer to see it change)."
                            : d[0] + " are not zero, so the output differs from standard."));
        }
        Cost k = r.cost();
        long counted = r.counts().multiplies();
        cost.setText(countsHidden ? k.formula() + "\n  = " + org.convlab.ui.core.Reveal.PLACEHOLDER
                : k.formula() + "\n  = " + k.substituted() + "\n  = " + CostPanel.group(k.multiplies()) + " multiplies"
                + (counted == k.multiplies() ? " (counted: the same)" : " (counted " + CostPanel.group(counted) + ")"));
        everyG.getChildren().clear();
        if (!countsHidden) {
            Label head = new Label("Multiplies for every G:");
            head.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            everyG.getChildren().add(head);
            for (String t : everyGroupCount(c, h, w, f, kH, kW, spec, groups)) {
                Label l = new Label(t);
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                if (t.endsWith("◂")) l.getStyleClass().add(CostPanel.RATIO);
                everyG.getChildren().add(l);
            }
        }
    }

    /** "G = 1: 138 384", … ("◂" after the current one) for each G that divides both C and F (CostModel), the current one marked. */
    static List<String> everyGroupCount(int c, int h, int w, int f, int kH, int kW, ConvSpec spec, int current) {
        List<String> out = new java.util.ArrayList<>();
        for (int g : org.convlab.engine.ConvSpec.groupCounts(c)) {
            if (f % g != 0) continue;
            long m = CostModel.grouped(c, h, w, f, kH, kW, spec.withGroups(g), false).multiplies();
            out.add("G = " + g + ": " + CostPanel.group(m) + (g == current ? " ◂" : ""));
        }
        return out;
    }

    /** The G = 1 / G = C checks (null: still running or not applicable). */
    void showChecks(GroupedEquality.Report rep, boolean busy) {
        if (rep == null) {
            checks.setText(busy ? "Checking G = 1 against standard and G = C against depthwise…" : "");
            return;
        }
        checks.setText("On this input:\n" + mark(rep.standard()) + rep.standard().describe() + "\n" + mark(rep.depthwise())
                + rep.depthwise().describe());
    }

    private static String mark(GroupedEquality.Check c) {
        return !c.applicable() ? "– " : c.equal() && c.countsAgree() ? "✔ " : "✘ ";
    }

    String checksText() { return checks.getText(); }
    String costText() { return cost.getText(); }
}
