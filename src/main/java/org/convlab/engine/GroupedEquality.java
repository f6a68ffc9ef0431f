package org.convlab.engine;

import java.util.Locale;

/**
 * The two ends of grouped convolution, checked on real numbers: with G = 1 it is the standard
 * convolution, with G = C it is depthwise (multiplier F/C) with the same weights. Each check runs
 * both methods in the engine on the same input and weights and reports the largest difference
 * of their outputs (0 expected: the same products in the same order) and the multiplies each
 * counted beside {@link CostModel#grouped}.
 */
public final class GroupedEquality {
    private GroupedEquality() { }

    /**
     * One comparison: grouped with {@code groups} against {@code other}.
     *
     * @param applicable false when the shapes rule it out ({@code reason} says why); the numbers are then 0
     */
    public record Check(String other, int groups, boolean applicable, String reason, double maxAbsDiff,
                        long groupedMultiplies, long otherMultiplies, long costModelMultiplies) {
        /** The outputs are identical. */
        public boolean equal() { return applicable && maxAbsDiff == 0; }

        /** Both counters agree with the closed-form count. */
        public boolean countsAgree() {
            return applicable && groupedMultiplies == costModelMultiplies && otherMultiplies == costModelMultiplies;
        }

        /** One line, e.g. "G = 1 vs standard: max|diff| = 0; counted 8 649 and 8 649 multiplies, CostModel 8 649". */
        public String describe() {
            String head = "G = " + groups + " vs " + other + ": ";
            if (!applicable) return head + reason;
            return head + "max|diff| = " + (maxAbsDiff == 0 ? "0" : String.format(Locale.ROOT, "%.3g", maxAbsDiff))
                    + "; counted " + group(groupedMultiplies) + " and " + group(otherMultiplies) + " multiplies, CostModel "
                    + group(costModelMultiplies);
        }
    }

    /** Both checks for one input. */
    public record Report(Check standard, Check depthwise) {
        public boolean allEqual() {
            return standard.equal() && (!depthwise.applicable() || depthwise.equal());
        }
    }

    /**
     * Checks G = 1 against standard and G = C against depthwise.
     *
     * @param input    C×H×W
     * @param weights  dense F×C×kH×kW weights; grouped keeps their diagonal blocks ({@link KernelBank#blockDiagonal})
     * @param spec     stride, padding and dilation (its groups are ignored)
     */
    public static Report check(Tensor input, Weights weights, ConvSpec spec) {
        int c = input.channels(), f = weights.filters();
        if (weights.channelsPerGroup() != c) {
            throw new ShapeException("weights " + weights.shapeString() + " are not for " + c + " input channel(s)");
        }
        Check std = compare(input, weights, spec, 1, Method.STANDARD);
        Check dw = f % c == 0 ? compare(input, weights, spec, c, Method.DEPTHWISE)
                : new Check("depthwise", c, false, "F = " + f + " is not a multiple of C = " + c
                        + " (G = C needs F = m·C filters)", 0, 0, 0, 0);
        return new Report(std, dw);
    }

    /**
     * The filter-channel slices of dense F×C×kH×kW weights that grouping with G groups drops (those
     * outside the diagonal blocks): {how many have a non-zero weight, how many there are}. When
     * none is non-zero, grouped with this G computes exactly the standard convolution.
     */
    public static long[] droppedSlices(Weights weights, int groups) {
        int f = weights.filters(), c = weights.channelsPerGroup(), n = weights.kernelHeight() * weights.kernelWidth();
        KernelBank.requireGroups(c, f, groups);
        int perGroup = f / groups, cg = c / groups;
        long nonZero = 0, total = 0;
        for (int i = 0; i < f; i++) {
            for (int j = 0; j < c; j++) {
                if (j / cg == i / perGroup) continue;
                total++;
                int at = weights.index(i, j, 0, 0);
                for (int k = 0; k < n; k++) {
                    if (weights.data()[at + k] != 0f) { nonZero++; break; }
                }
            }
        }
        return new long[] {nonZero, total};
    }

    private static Check compare(Tensor input, Weights weights, ConvSpec spec, int groups, Method other) {
        int c = input.channels();
        ConvSpec g = spec.withGroups(groups);
        Weights blocks = KernelBank.blockDiagonal(weights, groups);
        ConvResult grouped = Convolutions.run(ConvRequest.of(Method.GROUPED, input, blocks, g));
        // the same weights: all of them for standard, the F×1×kH×kW blocks for depthwise
        ConvResult ref = Convolutions.run(ConvRequest.of(other, input, other == Method.STANDARD ? weights : blocks, g));
        Cost model = CostModel.grouped(c, input.height(), input.width(), weights.filters(), weights.kernelHeight(),
                weights.kernelWidth(), g, false);
        return new Check(other.id(), groups, true, "", grouped.output().maxAbsDiff(ref.output()),
                grouped.counts().multiplies(), ref.counts().multiplies(), model.multiplies());
    }

    private static String group(long v) { return String.format(Locale.ROOT, "%,d", v).replace(',', '\u202F'); }
}
