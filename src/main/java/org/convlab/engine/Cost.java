package org.convlab.engine;

/**
 * Closed-form cost of one operation: multiplies, additions, parameters, and the textbook
 * formula for the multiplies both symbolically and with the numbers substituted.
 */
public record Cost(long multiplies, long additions, long parameters, String formula, String substituted) {
    public Cost plus(Cost o, String formula, String substituted) {
        return new Cost(sum(multiplies, o.multiplies, "multiplies"), sum(additions, o.additions, "additions"),
                sum(parameters, o.parameters, "parameters"), formula, substituted);
    }

    /** a + b exactly, or a message with the exact sum when it does not fit in a long. */
    static long sum(long a, long b, String what) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            return Budget.toLong(java.math.BigInteger.valueOf(a).add(java.math.BigInteger.valueOf(b)), what);
        }
    }
}
