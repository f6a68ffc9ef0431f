package org.convlab.ui.workbench;

import java.util.Locale;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.convlab.engine.ConvResult;
import org.convlab.engine.Cost;

/**
 * The cost of the chosen method beside the standard convolution that makes an output of the
 * same shape: multiplies and additions counted by the engine's loops, parameters, their ratio,
 * the formula with the numbers put in, and the measured engine time.
 */
public final class CostPanel {
    public static final String STYLE = "cost-panel";
    public static final String NUMBER = "cost-number";
    public static final String RATIO = "cost-ratio";
    public static final String FORMULA = "cost-formula";
    public static final String HEADER = "cost-header";

    private final VBox root = new VBox(8);
    private final GridPane grid = new GridPane();
    private final Label methodHead = head("method"), stdHead = head("standard"), ratioHead = head("ratio");
    private final Label[] mine = new Label[3], std = new Label[3], ratio = new Label[3];
    private final Label formula = new Label(), stdFormula = new Label(), time = new Label(), check = new Label();

    public CostPanel() {
        Label title = new Label("Cost");
        title.getStyleClass().add(ImagePanel.TITLE);
        javafx.scene.control.Button why = new javafx.scene.control.Button("How is this counted?");
        why.setId("cost-why");
        why.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        why.getStyleClass().add("link-button");
        why.setOnAction(e -> explain(why));
        javafx.scene.layout.HBox titleRow = new javafx.scene.layout.HBox(12, title, why);
        titleRow.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        grid.setHgap(14);
        grid.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.setVgap(4);
        ColumnConstraints first = new ColumnConstraints();
        ColumnConstraints num = new ColumnConstraints();
        num.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().addAll(first, num, num, num);
        grid.addRow(0, new Label(), methodHead, stdHead, ratioHead);
        String[] rows = {"Multiplies", "Additions", "Parameters"};
        String[] tips = {"Counted by the engine's loops while computing this output",
            "Counted by the engine's loops (a dot product of n taps costs n − 1 additions)",
            "Weights the method stores (a separable pair stores K_h + K_w numbers)"};
        for (int i = 0; i < 3; i++) {
            Label name = new Label(rows[i]);
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            name.setTooltip(new Tooltip(tips[i]));
            mine[i] = num();
            std[i] = num();
            ratio[i] = num();
            ratio[i].getStyleClass().add(RATIO);
            grid.addRow(i + 1, name, mine[i], std[i], ratio[i]);
        }
        time.setWrapText(true);
        for (Label l : new Label[] {formula, stdFormula, check}) {
            l.getStyleClass().add(FORMULA);
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // lines break where the text says, never per character
        }
        root.getStyleClass().add(STYLE);
        root.setId("cost-panel");
        VBox numbers = new VBox(4, grid, check, time);
        numbers.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox formulas = new VBox(6, formula, stdFormula);
        // formulas sit right of the numbers, or below them when the panel is narrow (presentation mode)
        javafx.scene.layout.FlowPane body = new javafx.scene.layout.FlowPane(24, 8, numbers, formulas);
        body.prefWrapLengthProperty().bind(root.widthProperty().subtract(24));
        root.getChildren().addAll(titleRow, body);
    }

    private org.convlab.ui.core.Reveal reveal = new org.convlab.ui.core.Reveal();

    /** The shared predict-then-reveal state: numbers a lesson question asks for print a placeholder. */
    public void useReveal(org.convlab.ui.core.Reveal r) { reveal = r; }

    private String hide(org.convlab.ui.core.Quantity q, String text) { return reveal.show(q, text); }

    public void show(ConvResult r, Cost standard, String methodName) {
        if (r == null) {
            for (int i = 0; i < 3; i++) { mine[i].setText("–"); std[i].setText("–"); ratio[i].setText(""); }
            formula.setText("");
            stdFormula.setText("");
            check.setText("");
            time.setText("");
            return;
        }
        methodHead.setText(methodName);
        // the standard method is its own reference: one column, no "Standard | standard" and no 1.00× ratios
        boolean compare = r.method() != org.convlab.engine.Method.STANDARD;
        for (Label l : new Label[] {stdHead, ratioHead, std[0], std[1], std[2], ratio[0], ratio[1], ratio[2], stdFormula}) {
            l.setVisible(compare);
            l.setManaged(compare);
        }
        long[] a = {r.counts().multiplies(), r.counts().additions(), r.parameters()};
        long[] b = {standard.multiplies(), standard.additions(), standard.parameters()};
        org.convlab.ui.core.Quantity[] q = {org.convlab.ui.core.Quantity.MULTIPLIES, org.convlab.ui.core.Quantity.ADDITIONS,
            org.convlab.ui.core.Quantity.PARAMETERS};
        boolean ratioHidden = reveal.isHidden(org.convlab.ui.core.Quantity.RATIO);
        for (int i = 0; i < 3; i++) {
            mine[i].setText(hide(q[i], group(a[i])));
            std[i].setText(group(b[i]));
            ratio[i].setText(reveal.isHidden(q[i]) || ratioHidden ? "?" : org.convlab.engine.CostRatio.quotient(a[i], b[i]));
        }
        mine[0].setId("cost-multiplies");
        Cost c = r.cost();
        boolean mulHidden = reveal.isHidden(org.convlab.ui.core.Quantity.MULTIPLIES);
        formula.setText(methodName + ":\n  " + c.formula() + (mulHidden ? "\n  = " + org.convlab.ui.core.Reveal.PLACEHOLDER
                : "\n  = " + c.substituted() + "\n  = " + group(c.multiplies()) + " multiplies"));
        stdFormula.setText("standard:\n  " + standard.formula() + "\n  = " + standard.substituted() + "\n  = " + group(standard.multiplies()) + " multiplies");
        boolean agree = c.multiplies() == r.counts().multiplies() && c.additions() == r.counts().additions();
        check.setText(mulHidden ? "" : agree ? "✔ counted = formula" : "✘ counted " + group(r.counts().multiplies())
                + " multiplies but the formula says " + group(c.multiplies()));
        double ms = r.elapsedNanos() / 1e6;
        String speed = "";
        if (a[0] > 0 && b[0] > 0 && a[0] != b[0]) {
            speed = "\n" + org.convlab.engine.CostRatio.describe(a[0], b[0], "multiplies than standard");
        }
        time.setText(String.format(Locale.ROOT, "Engine time %.1f ms", ms) + (mulHidden || ratioHidden ? "" : speed));
    }

    /** A pop-over that explains the numbers: what is counted and what "standard" means here. */
    private void explain(javafx.scene.Node anchor) {
        Label text = new Label("""
                Multiplies and additions are counted by the engine's loops while they compute this output, \
                then checked against the closed-form formula on the right.
                • A dot product of n taps costs n multiplies and n − 1 additions.
                • Taps that fall on zero padding are still multiplied (as in the textbook formula).
                • A separable pair does a K_h×1 column pass, then a 1×K_w row pass.
                "standard" is the ordinary convolution with the same kernel size, stride, padding and \
                dilation that makes an output with the same number of channels.
                ratio = method ÷ standard: below 1 means the method is cheaper.
                Engine time is wall time of the plain reference loops on this machine.""");
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.setPadding(new javafx.geometry.Insets(12));
        org.controlsfx.control.PopOver pop = new org.controlsfx.control.PopOver(text);
        pop.setTitle("How the cost is counted");
        pop.setHeaderAlwaysVisible(true);
        pop.setDetachable(false);
        pop.setFadeInDuration(javafx.util.Duration.millis(80));
        pop.setArrowLocation(org.controlsfx.control.PopOver.ArrowLocation.BOTTOM_LEFT);
        pop.show(anchor);
    }

    public static String group(long v) { return String.format(Locale.ROOT, "%,d", v).replace(',', '\u202F'); }

    private static Label head(String t) {
        Label l = new Label(t);
        l.getStyleClass().add(HEADER);
        return l;
    }

    private static Label num() {
        Label l = new Label("–");
        l.getStyleClass().add(NUMBER);
        return l;
    }

    public VBox getRoot() { return root; }
}
