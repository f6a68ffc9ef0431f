package org.convlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Formulas are bounded before JLaTeXMath sees them; ordinary ones and harmless macros still parse. */
class FormulaLimitsTest {
    @Test void ordinaryFormulasAndHarmlessMacrosParse() {
        assertNull(Formulas.error("\\frac{1}{9} \\sum_{i=-1}^{1} a_{y+i}"));
        assertNull(Formulas.error("\\newcommand{\\K}{K_h} \\K \\cdot \\K"));
    }

    @Test void recursiveMacrosAreRefusedWithoutRunningThem() {
        assertEquals("the macro \\loopy calls itself (directly or through another macro)",
                Formulas.error("\\newcommand{\\loopy}{\\loopy x}\\loopy"));
        assertTrue(Formulas.error("\\newcommand{\\a}{\\b}\\newcommand{\\b}{\\a}\\a").contains("calls itself"));
        assertTrue(Formulas.error("\\def\\x{\\x}\\x").contains("calls itself"));
    }

    @Test void exponentialMacrosAreRefused() {
        StringBuilder b = new StringBuilder("\\newcommand{\\m0}{xxxxxxxxxx}");
        for (int i = 1; i < 8; i++) {
            b.append("\\newcommand{\\m").append((char) ('a' + i)).append("}{");
            String prev = i == 1 ? "\\m0" : "\\m" + (char) ('a' + i - 1);
            b.append((prev + " ").repeat(10)).append('}');
        }
        b.append("\\mh");
        String err = Formulas.limits(b.toString().replace("\\m0", "\\mz"));
        assertTrue(err != null && err.contains("expands to more than"), String.valueOf(err));
    }

    @Test void deepNestingAndHugeFormulasAreRefused() {
        assertEquals("braces are nested 100 deep; the limit is " + Formulas.MAX_BRACE_DEPTH,
                Formulas.error("{".repeat(100) + "x" + "}".repeat(100)));
        assertTrue(Formulas.error("x".repeat(5000)).startsWith("the formula has 5000 characters"));
        assertNull(Formulas.limits("{".repeat(20) + "x" + "}".repeat(20)));
    }
}
