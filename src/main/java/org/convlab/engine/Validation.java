package org.convlab.engine;

/** Checks shared by every operation; each message names what does not fit and why. */
public final class Validation {
    private Validation() { }

    public static ConvSpec.Geometry check(Tensor in, Weights w, float[] bias, ConvSpec spec) {
        checkShapes(in, w, bias, spec);
        checkFinite(in, w, bias);
        return checkWork(spec.geometry(in.height(), in.width(), w.kernelHeight(), w.kernelWidth()), in, w);
    }

    /**
     * The {@link Budget} of one run, before anything is allocated: the zero-padded input copy, the
     * output, and the exact count of multiplies F·H_out·W_out·(C/groups)·K_h·K_w.
     */
    static ConvSpec.Geometry checkWork(ConvSpec.Geometry g, Tensor in, Weights w) {
        Budget.checkTensor("padded input", in.channels(), (long) g.inH() + g.padTop() + g.padBottom(),
                (long) g.inW() + g.padLeft() + g.padRight());
        Budget.checkConvolution("this convolution", w.filters(), g.outH(), g.outW(), w.channelsPerGroup(), g.kH(), g.kW());
        return g;
    }

    /**
     * As {@link #check} but leaves the scan of the input for non-finite values to the caller
     * (the fast paths check each input row as they copy it, then call {@link #checkFinite} for the
     * exact message). Throws the same messages in the same order as {@link #check}.
     */
    static ConvSpec.Geometry checkAllButInputValues(Tensor in, Weights w, float[] bias, ConvSpec spec) {
        checkShapes(in, w, bias, spec);
        checkFinite(null, w, bias);
        ConvSpec.Geometry g;
        try {
            g = spec.geometry(in.height(), in.width(), w.kernelHeight(), w.kernelWidth());
        } catch (ShapeException e) {
            checkFinite(in, null, null); // a bad value is reported first, as in check()
            throw e;
        }
        return checkWork(g, in, w);
    }

    private static void checkShapes(Tensor in, Weights w, float[] bias, ConvSpec spec) {
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
    }

    public static void checkFinite(Tensor in, Weights w, float[] bias) {
        int i = in == null || FiniteScan.allFinite(in.data()) ? -1 : in.firstNonFinite();
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
