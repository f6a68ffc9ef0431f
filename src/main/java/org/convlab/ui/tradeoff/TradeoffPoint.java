package org.convlab.ui.tradeoff;

/**
 * One measured variant of the model: the whole network's multiplies per image and its accuracy on
 * the test subset, both from the engine.
 *
 * @param scheme   a factorization scheme id, {@code "trained"} for the unfactored model or
 *                 {@code "trained-dws"} for the depthwise-separable network trained as such
 * @param rank     the rank (0 for trained networks)
 * @param error    relative Frobenius error of the factored kernel (0 for trained networks)
 */
public record TradeoffPoint(String scheme, int rank, long multiplies, double accuracy, double error, long parameters) {

    /** True when no other point is at least as accurate with at most as many multiplies (and better in one). */
    public static java.util.List<TradeoffPoint> paretoFront(java.util.Collection<TradeoffPoint> points) {
        java.util.List<TradeoffPoint> sorted = new java.util.ArrayList<>(points);
        sorted.sort(java.util.Comparator.comparingLong(TradeoffPoint::multiplies)
                .thenComparing(java.util.Comparator.comparingDouble(TradeoffPoint::accuracy).reversed()));
        java.util.List<TradeoffPoint> front = new java.util.ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        for (TradeoffPoint p : sorted) {
            if (p.accuracy() > best) {
                front.add(p);
                best = p.accuracy();
            }
        }
        return front;
    }
}
