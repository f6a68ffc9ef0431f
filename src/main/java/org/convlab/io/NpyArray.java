package org.convlab.io;

import java.util.Arrays;
import org.convlab.engine.Tensor;
import org.convlab.engine.Weights;

/**
 * A numeric array read from a {@code .npy} file: float values (float64 files are converted to
 * float32), its shape (rank 0 to 4, C order) and the file it came from, for error messages.
 *
 * @param source   the file name shown in messages (may be a plain label for in-memory data)
 * @param dtype    the dtype string of the file, e.g. {@code <f4}
 */
public record NpyArray(String source, String dtype, int[] shape, float[] data) {

    public NpyArray {
        shape = shape.clone();
    }

    public int rank() { return shape.length; }

    @Override public int[] shape() { return shape.clone(); }

    public String shapeString() {
        if (shape.length == 0) return "() (a scalar)";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shape.length; i++) sb.append(i == 0 ? "" : "×").append(shape[i]);
        return sb.toString();
    }

    /**
     * Refuses NaN and ±Inf, naming the file and the position of the first one.
     *
     * @param what what the array is for, e.g. {@code "--weights"}
     */
    public NpyArray requireFinite(String what) {
        for (int i = 0; i < data.length; i++) {
            if (!Float.isFinite(data[i])) {
                throw new IllegalArgumentException(what + " " + source + ": value " + data[i] + " at index "
                        + Arrays.toString(unravel(i)) + " is not a finite number (NaN and ±Inf are refused"
                        + ("<f8".equals(dtype) ? ", as are float64 values beyond the float32 range" : "") + ")");
            }
        }
        return this;
    }

    private int[] unravel(int flat) {
        int[] idx = new int[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) {
            idx[d] = flat % shape[d];
            flat /= shape[d];
        }
        return idx;
    }

    /** A C×H×W tensor from shape C×H×W, H×W as one channel, or a batch of one 1×C×H×W. */
    public Tensor toTensor(String what) {
        requireNonEmpty(what);
        return switch (shape.length) {
            case 2 -> new Tensor(1, shape[0], shape[1], data);
            case 3 -> new Tensor(shape[0], shape[1], shape[2], data);
            case 4 -> {
                if (shape[0] != 1) {
                    throw new IllegalArgumentException(what + " " + source + ": shape " + shapeString()
                            + " is a batch of " + shape[0] + " images; give one image (C×H×W, H×W or 1×C×H×W)");
                }
                yield new Tensor(shape[1], shape[2], shape[3], data);
            }
            default -> throw new IllegalArgumentException(what + " " + source + ": shape " + shapeString()
                    + " is not an image tensor (expected C×H×W, H×W for one channel, or 1×C×H×W)");
        };
    }

    /** Weights from shape F×Cg×kH×kW, or kH×kW as 1×1×kH×kW. */
    public Weights toWeights(String what) {
        requireNonEmpty(what);
        return switch (shape.length) {
            case 2 -> new Weights(1, 1, shape[0], shape[1], data);
            case 4 -> new Weights(shape[0], shape[1], shape[2], shape[3], data);
            default -> throw new IllegalArgumentException(what + " " + source + ": shape " + shapeString()
                    + " is not a weight tensor (expected F×Cg×kH×kW, or kH×kW for one kernel)");
        };
    }

    /** Pointwise weights from F×C×1×1 or F×C. */
    public Weights toPointwise(String what) {
        requireNonEmpty(what);
        if (shape.length == 2) return new Weights(shape[0], shape[1], 1, 1, data);
        if (shape.length == 4 && shape[2] == 1 && shape[3] == 1) return toWeights(what);
        throw new IllegalArgumentException(what + " " + source + ": shape " + shapeString()
                + " is not a pointwise weight tensor (expected F×C×1×1 or F×C)");
    }

    /** A vector of values from shape (n,) (or a scalar as one value). */
    public float[] toVector(String what) {
        requireNonEmpty(what);
        if (shape.length > 1) {
            throw new IllegalArgumentException(what + " " + source + ": shape " + shapeString()
                    + " is not a vector (expected one value per filter, shape (F,))");
        }
        return data;
    }

    private void requireNonEmpty(String what) {
        if (data.length == 0) {
            throw new IllegalArgumentException(what + " " + source + ": shape " + shapeString() + " has no values");
        }
    }
}
