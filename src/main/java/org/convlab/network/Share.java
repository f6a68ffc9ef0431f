package org.convlab.network;

/**
 * The share of one layer category (the paper's Table 2 rows) in a network's mult-adds and
 * parameters, in percent.
 */
public record Share(String category, long multAdds, long parameters, double multAddsPercent, double parametersPercent) { }
