package org.convlab.engine;

import java.math.BigInteger;
import java.util.Locale;

/**
 * The one budget for work and memory, checked BEFORE anything is allocated or computed. Every
 * refusal is a {@link BudgetException} whose message gives the numbers: what was asked, how much
 * that is, and the limit. The same limits hold in the Workbench, the lesson reader, the command
 * line and the file loaders (README, "Limits").
 *
 * <p>The numbers are chosen for a JVM with a 2 GB heap: one tensor at the limit is 256 MB of
 * floats, and a run at the multiply limit takes well under a minute on one core.
 */
public final class Budget {
    /** Decoded image pixels (width × height from the file header). */
    public static final long MAX_IMAGE_PIXELS = 40_000_000L;
    /** Values of one tensor (input, intermediate, padded copy or output): 256 MB of float32. */
    public static final long MAX_TENSOR_VALUES = 64L << 20;
    /** Values of one weight array (F × C/groups × K_h × K_w): 64 MB of float32. */
    public static final long MAX_KERNEL_VALUES = 16L << 20;
    /** Largest single kernel, weight or tensor dimension read from a file. */
    public static final int MAX_DIMENSION = 65_536;
    /** Counted multiplies of one convolution run (a command, a Workbench run, a lesson scene). */
    public static final long MAX_MULTIPLIES = 20_000_000_000L;
    /** Layers of a network file after every {@code repeat} is expanded. */
    public static final int MAX_NETWORK_LAYERS = 10_000;
    /** Nesting depth of {@code repeat} blocks in a network file. */
    public static final int MAX_REPEAT_DEPTH = 8;

    private Budget() { }

    /** Refusal of a size or amount of work over a limit; the message carries the numbers. */
    public static final class BudgetException extends ShapeException {
        public BudgetException(String message) { super(message); }
    }

    /** Image pixels from the header, before decoding. */
    public static void checkImage(String what, long width, long height) {
        if (width <= 0 || height <= 0) throw new BudgetException(what + " has an invalid size " + width + "×" + height);
        BigInteger px = BigInteger.valueOf(width).multiply(BigInteger.valueOf(height));
        if (px.compareTo(BigInteger.valueOf(MAX_IMAGE_PIXELS)) > 0) {
            throw new BudgetException(what + " is " + width + "×" + height + " = " + grouped(px) + " pixels; the limit is "
                    + grouped(MAX_IMAGE_PIXELS) + " pixels (" + MAX_IMAGE_PIXELS / 1_000_000 + " megapixels)");
        }
    }

    /** A tensor of C×H×W values (each at least 1). */
    public static void checkTensor(String what, long c, long h, long w) {
        BigInteger n = product(c, h, w);
        if (n.compareTo(BigInteger.valueOf(MAX_TENSOR_VALUES)) > 0) {
            throw new BudgetException(what + " " + c + "×" + h + "×" + w + " = " + grouped(n) + " values is over the limit of "
                    + grouped(MAX_TENSOR_VALUES) + " values (" + (MAX_TENSOR_VALUES * 4 >> 20) + " MB)");
        }
    }

    /** A weight array of F×C×K_h×K_w values. */
    public static void checkKernel(String what, long f, long c, long kh, long kw) {
        BigInteger n = product(f, c, kh, kw);
        if (n.compareTo(BigInteger.valueOf(MAX_KERNEL_VALUES)) > 0) {
            throw new BudgetException(what + " " + f + "×" + c + "×" + kh + "×" + kw + " = " + grouped(n)
                    + " values is over the limit of " + grouped(MAX_KERNEL_VALUES) + " values (" + (MAX_KERNEL_VALUES * 4 >> 20) + " MB)");
        }
    }

    /** Counted multiplies of one run (exact: any size, never wrapped). */
    public static void checkMultiplies(String what, BigInteger multiplies) {
        if (multiplies.compareTo(BigInteger.valueOf(MAX_MULTIPLIES)) > 0) {
            throw new BudgetException(what + " needs " + grouped(multiplies) + " multiplies; the limit of one run is "
                    + grouped(MAX_MULTIPLIES) + " (make the input smaller, or use a larger stride or fewer filters)");
        }
    }

    /** Multiplies of a standard (grouped) convolution: F·H_out·W_out·(C/groups)·K_h·K_w, checked exactly. */
    public static void checkConvolution(String what, long filters, long outH, long outW, long cg, long kh, long kw) {
        checkTensor(what + ": output", filters, outH, outW);
        checkMultiplies(what, product(filters, outH, outW, cg, kh, kw));
    }

    /** The exact product of the factors. */
    public static BigInteger product(long... factors) {
        BigInteger p = BigInteger.ONE;
        for (long f : factors) p = p.multiply(BigInteger.valueOf(f));
        return p;
    }

    /** {@code v} as a long, or a {@link BudgetException} naming {@code what} and the exact value. */
    public static long toLong(BigInteger v, String what) {
        if (v.bitLength() > 63) {
            throw new BudgetException(what + " = " + grouped(v) + " (" + scientific(v) + ") is larger than the largest count "
                    + "ConvLab keeps (" + grouped(Long.MAX_VALUE) + ")");
        }
        return v.longValue();
    }

    /** 1,234,567 style digits (exact, any size). */
    public static String grouped(BigInteger v) {
        return String.format(Locale.US, "%,d", v);
    }

    public static String grouped(long v) { return String.format(Locale.US, "%,d", v); }

    /** e.g. 2.25e26. */
    public static String scientific(BigInteger v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).toString().replace("E+", "e").replace("E", "e");
    }
}
