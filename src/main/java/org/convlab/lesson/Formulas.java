package org.convlab.lesson;

/** Checks that a formula parses with JLaTeXMath, the renderer the player uses. */
final class Formulas {
    private Formulas() { }

    /** Null if {@code tex} parses, else JLaTeXMath's reason. */
    static String error(String tex) {
        if (tex.isBlank()) return "the formula is empty";
        try {
            new org.scilab.forge.jlatexmath.TeXFormula(tex);
            return null;
        } catch (RuntimeException e) {
            String m = e.getMessage();
            return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ").trim();
        }
    }
}
