package org.convlab.engine;

/** Checks shared by every operation; each message names what does not fit and why. */
public final class Validation {
    private Validation() { }

    public static ConvSpec.Geometry check(Tensor in, Weights w, float[] bias, ConvSpec spec) {
        int c = in.channels(), groups = spec.groups(), f = w.filters();
        if (c % groups != 0) {
            throw new ShapeException("groups " + groups + " does not divide the " + c + " input channels");
        }
        if (f % groups != 0) {
            throw new ShapeException("groups " + groups + " does not divide the " + f + " filters");
        }
        if (w.channelsPerGroup() != c / groups) {
            throw new ShapeException("weights " + w.shapeString() + " expect " + w.channelsPerGroup()
                    + " channels per group, but the input has " + c + " channels in " + groups
                    + " group(s) = " + (c / groups) + " per group");
        }
        if (bias != null && bias.length != f) {
            throw new ShapeException("bias has " + bias.length + " values but there are " + f + " filters");
        }
        checkFinite(in, w, bias);
        return spec.geometry(in.height(), in.width(), w.kernelHeight(), w.kernelWidth());
    }

    public static void checkFinite(Tensor in, Weights w, float[] bias) {
        int i = in == null ? -1 : in.firstNonFinite();
        if (i >= 0) {
            int hw = in.height() * in.width();
            throw new ShapeException("input has a non-finite value (" + in.data()[i] + ") at channel " + (i / hw)
                    + ", row " + (i % hw / in.width()) + ", column " + (i % in.width()));
        }
        int k = w == null ? -1 : w.firstNonFinite();
        if (k >= 0) throw new ShapeException("weights have a non-finite value (" + w.data()[k] + ") at flat index " + k);
        if (bias != null) {
            for (int b = 0; b < bias.length; b++) {
                if (!Float.isFinite(bias[b])) throw new ShapeException("bias has a non-finite value at " + b);
            }
        }
    }
}
