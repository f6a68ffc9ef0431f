package org.convlab.engine;

/**
 * Zero padding, as in PyTorch's conv2d: explicit symmetric amounts per axis, {@code valid}
 * (none) or {@code same} (output size equals input size; stride 1 only; when the total
 * padding {@code d·(k−1)} is odd the extra row/column goes to the bottom/right, like PyTorch).
 */
public record Padding(Mode mode, int height, int width) {
    public enum Mode { EXPLICIT, SAME, VALID }

    public Padding {
        if (height < 0 || width < 0) throw new ShapeException("padding must be ≥ 0, got " + height + "," + width);
    }

    public static Padding of(int p) { return new Padding(Mode.EXPLICIT, p, p); }
    public static Padding of(int ph, int pw) { return new Padding(Mode.EXPLICIT, ph, pw); }
    public static Padding same() { return new Padding(Mode.SAME, 0, 0); }
    public static Padding valid() { return new Padding(Mode.VALID, 0, 0); }

    /** Parses {@code P}, {@code PH,PW}, {@code same} or {@code valid}. */
    public static Padding parse(String s) {
        String t = s.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("same")) return same();
        if (t.equals("valid")) return valid();
        int[] v = ConvSpec.parsePair(t, "padding");
        return of(v[0], v[1]);
    }

    /** Padding before (top/left) along one axis for kernel extent {@code k} and dilation {@code d}. */
    public int before(boolean vertical, int k, int d) {
        return switch (mode) {
            case VALID -> 0;
            case EXPLICIT -> vertical ? height : width;
            case SAME -> d * (k - 1) / 2;
        };
    }

    /** Padding after (bottom/right) along one axis. */
    public int after(boolean vertical, int k, int d) {
        return switch (mode) {
            case VALID -> 0;
            case EXPLICIT -> vertical ? height : width;
            case SAME -> d * (k - 1) - d * (k - 1) / 2;
        };
    }

    @Override public String toString() {
        return switch (mode) {
            case SAME -> "same";
            case VALID -> "valid";
            case EXPLICIT -> height == width ? Integer.toString(height) : height + "," + width;
        };
    }
}
