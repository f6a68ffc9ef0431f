package org.convlab.engine;

/**
 * Closed-form cost of one operation: multiplies, additions, parameters, and the textbook
 * formula for the multiplies both symbolically and with the numbers substituted.
 */
public record Cost(long multiplies, long additions, long parameters, String formula, String substituted) {
    public Cost plus(Cost o, String formula, String substituted) {
        return new Cost(multiplies + o.multiplies, additions + o.additions, parameters + o.parameters, formula, substituted);
    }
}
