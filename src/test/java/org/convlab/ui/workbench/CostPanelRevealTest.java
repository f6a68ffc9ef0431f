package org.convlab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import org.convlab.engine.ConvResult;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Convolutions;
import org.convlab.engine.CostModel;
import org.convlab.engine.KernelBank;
import org.convlab.engine.KernelPresets;
import org.convlab.engine.Method;
import org.convlab.engine.Tensor;
import org.convlab.export.HeadlessFx;
import org.convlab.ui.core.Quantity;
import org.convlab.ui.core.Reveal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** While a lesson question asks for the multiplies, the Workbench's cost panel does not give them away. */
class CostPanelRevealTest {
    @BeforeAll static void fx() { HeadlessFx.start(); }

    @Test
    void hiddenCountsShowThePlaceholderUntilAnswered() {
        Tensor in = new Tensor(3, 8, 8);
        KernelBank bank = KernelBank.of(KernelPresets.create("sobel-x", 3, 3, 0), 3, 3, 3, 3);
        ConvResult r = Convolutions.run(bank.request(Method.DEPTHWISE, in, ConvSpec.DEFAULT, 1));
        var std = CostModel.standard(3, 8, 8, 3, 3, 3, ConvSpec.DEFAULT, false);
        String[] shown = HeadlessFx.call(() -> {
            CostPanel p = new CostPanel();
            Reveal reveal = new Reveal();
            p.useReveal(reveal);
            reveal.hidden().add(Quantity.MULTIPLIES);
            p.show(r, std, "Depthwise");
            String hidden = ((Label) p.getRoot().lookup("#cost-multiplies")).getText() + "|" + texts(p);
            reveal.hidden().clear();
            p.show(r, std, "Depthwise");
            return new String[] {hidden, ((Label) p.getRoot().lookup("#cost-multiplies")).getText() + "|" + texts(p)};
        });
        String count = CostPanel.group(r.counts().multiplies());
        assertTrue(shown[0].startsWith(Reveal.PLACEHOLDER + "|"), shown[0]);
        assertFalse(shown[0].contains(count), "the count appears nowhere while hidden: " + shown[0]);
        assertEquals(count, shown[1].substring(0, shown[1].indexOf('|')));
    }

    private static String texts(CostPanel p) {
        StringBuilder b = new StringBuilder();
        for (var n : p.getRoot().lookupAll(".label")) b.append(((Label) n).getText()).append(' ');
        return b.toString();
    }
}
