package org.convlab.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.convlab.engine.Budget;
import org.convlab.engine.ShapeException;
import org.convlab.engine.Weights;

/**
 * Kernel files: the human-readable {@code .kernel} text format (see {@code docs/KERNEL_FORMAT.md})
 * and NumPy {@code .npy} (float32 written; float32/float64 read, via {@link Npy}).
 *
 * <p>A {@code .kernel} file holds one or more blocks, each a header line {@code KIND F C KH KW}
 * followed by F·C·KH rows of KW numbers, after the first line {@code convlab-kernel 1}. Lines
 * starting with {@code #} and blank lines are ignored. Writes are atomic: the data goes to a
 * temporary file in the same folder which is then moved over the target, so a crash never leaves
 * a half-written file. Read errors are {@link IllegalArgumentException}s naming the file and line.
 */
public final class KernelFile {
    /** What a block holds; shapes: KERNEL 1×1×kH×kW, DEPTHWISE C×1×kH×kW, POINTWISE F×C×1×1, STANDARD F×C×kH×kW. */
    public enum Kind {
        KERNEL, DEPTHWISE, POINTWISE, STANDARD;

        public String key() { return name().toLowerCase(Locale.ROOT); }
    }

    public static final String MAGIC = "convlab-kernel";
    public static final int VERSION = 1;

    private KernelFile() { }

    /** Reads a {@code .kernel} or {@code .npy} file (by extension; anything else is read as text). */
    public static Map<Kind, Weights> read(Path file) throws IOException {
        if (isNpy(file)) {
            String name = file.getFileName().toString();
            NpyArray a = Npy.read(file, name);
            int[] s = a.shape();
            if (s.length < 2 || s.length > 4) throw new IllegalArgumentException(name + ": a kernel array must have 2, 3 or 4 dimensions, got shape "
                    + java.util.Arrays.toString(s));
            Weights w;
            try {
                w = switch (s.length) {
                    case 2 -> new Weights(1, 1, s[0], s[1], a.data());
                    case 3 -> new Weights(s[0], 1, s[1], s[2], a.data());
                    default -> new Weights(s[0], s[1], s[2], s[3], a.data());
                };
            } catch (ShapeException e) {
                throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
            }
            int bad = w.firstNonFinite();
            if (bad >= 0) throw new IllegalArgumentException(name + ": value " + bad + " (row-major) is not a finite number");
            return Map.of(npyKind(w, s.length), w);
        }
        return parse(TextFiles.readUtf8(file, file.getFileName().toString()), file.getFileName().toString());
    }

    /** Writes blocks as {@code .kernel} text, or a single block as {@code .npy}; atomically. */
    public static void write(Path file, Map<Kind, Weights> blocks) throws IOException {
        if (blocks.isEmpty()) throw new IllegalArgumentException("nothing to save");
        for (Map.Entry<Kind, Weights> e : blocks.entrySet()) {
            check(e.getKey(), e.getValue(), file.getFileName() + ": " + e.getKey().key());
            int bad = e.getValue().firstNonFinite();
            if (bad >= 0) throw new IllegalArgumentException("cannot save " + file.getFileName() + ": the " + e.getKey().key()
                    + " weights have a non-finite value at index " + bad);
        }
        byte[] bytes;
        if (isNpy(file)) {
            if (blocks.size() != 1) throw new IllegalArgumentException(".npy holds one array; save " + blocks.keySet() + " as .kernel");
            Map.Entry<Kind, Weights> e = blocks.entrySet().iterator().next();
            Weights w = e.getValue();
            int[] shape = e.getKey() == Kind.KERNEL ? new int[] {w.kernelHeight(), w.kernelWidth()}
                    : new int[] {w.filters(), w.channelsPerGroup(), w.kernelHeight(), w.kernelWidth()};
            bytes = Npy.toBytes(shape, w.data());
        } else {
            bytes = format(blocks).getBytes(StandardCharsets.UTF_8);
        }
        writeAtomically(file, bytes);
    }

    /** Writes to a temporary file in the same folder, then moves it over {@code file} ({@link AtomicFiles}). */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        AtomicFiles.write(file.toAbsolutePath(), out -> out.write(bytes));
    }

    /** The {@code .kernel} text of the blocks (in Kind order). */
    public static String format(Map<Kind, Weights> blocks) {
        StringBuilder sb = new StringBuilder("# ConvLab kernel file, see docs/KERNEL_FORMAT.md\n");
        sb.append(MAGIC).append(' ').append(VERSION).append('\n');
        for (Kind k : Kind.values()) {
            Weights w = blocks.get(k);
            if (w == null) continue;
            sb.append('\n').append(k.key()).append(' ').append(w.filters()).append(' ').append(w.channelsPerGroup())
                    .append(' ').append(w.kernelHeight()).append(' ').append(w.kernelWidth()).append('\n');
            for (int f = 0; f < w.filters(); f++) {
                for (int c = 0; c < w.channelsPerGroup(); c++) {
                    if (w.filters() * w.channelsPerGroup() > 1 && w.kernelHeight() > 1) sb.append("# [").append(f).append(", ").append(c).append("]\n");
                    for (int y = 0; y < w.kernelHeight(); y++) {
                        for (int x = 0; x < w.kernelWidth(); x++) {
                            if (x > 0) sb.append(' ');
                            sb.append(exact(w.get(f, c, y, x)));
                        }
                        sb.append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String exact(float v) {
        return v == 0 ? "0" : new BigDecimal(Float.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** Parses {@code .kernel} text; {@code name} is used in error messages. */
    public static Map<Kind, Weights> parse(String text, String name) {
        if (text.startsWith("\uFEFF")) text = text.substring(1); // a byte-order mark
        String[] lines = text.split("\\R", -1);
        Map<Kind, Weights> out = new EnumMap<>(Kind.class);
        int i = next(lines, 0);
        if (i >= lines.length) throw error(name, 1, "the file is empty; expected the header '" + MAGIC + " " + VERSION + "'");
        String[] head = lines[i].strip().split("\\s+");
        if (head.length != 2 || !head[0].equals(MAGIC)) {
            throw error(name, i + 1, "expected the header '" + MAGIC + " " + VERSION + "', found '" + clip(lines[i]) + "'");
        }
        if (!head[1].equals(String.valueOf(VERSION))) throw error(name, i + 1, "unsupported version " + clip(head[1]) + " (this ConvLab reads version " + VERSION + ")");
        i = next(lines, i + 1);
        while (i < lines.length) {
            String[] h = lines[i].strip().split("\\s+");
            Kind kind = kindOf(h[0]);
            if (kind == null || h.length != 5) {
                throw error(name, i + 1, "expected a block header 'KIND F C KH KW' with KIND one of kernel, depthwise, pointwise, standard; found '" + clip(lines[i]) + "'");
            }
            int[] dims = new int[4];
            for (int d = 0; d < 4; d++) {
                try {
                    dims[d] = Integer.parseInt(h[d + 1]);
                } catch (NumberFormatException e) {
                    throw error(name, i + 1, "'" + clip(h[d + 1]) + "' is not a whole number in the block header");
                }
                if (dims[d] < 1 || dims[d] > 4096) throw error(name, i + 1, "dimension " + dims[d] + " is out of range (1 to 4096)");
            }
            if (out.containsKey(kind)) throw error(name, i + 1, "a second '" + kind.key() + "' block");
            long rowsNeeded = (long) dims[0] * dims[1] * dims[2];
            if (rowsNeeded > lines.length - i - 1) {
                throw error(name, i + 1, "the " + kind.key() + " block " + dims[0] + "×" + dims[1] + "×" + dims[2] + "×" + dims[3]
                        + " needs " + rowsNeeded + " rows of numbers but the file has only " + (lines.length - i - 1) + " more lines");
            }
            Weights w;
            try {
                Budget.checkKernel(kind.key() + " block", dims[0], dims[1], dims[2], dims[3]);
                w = new Weights(dims[0], dims[1], dims[2], dims[3]);
                check(kind, w, kind.key());
            } catch (IllegalArgumentException e) {
                throw error(name, i + 1, e.getMessage());
            }
            int headerLine = i + 1;
            int idx = 0;
            for (int r = 0; r < rowsNeeded; r++) {
                i = next(lines, i + 1);
                if (i >= lines.length || kindOf(lines[i].strip().split("\\s+")[0]) != null) {
                    throw error(name, i >= lines.length ? lines.length : i + 1, "the " + kind.key() + " block (line " + headerLine + ") needs "
                            + rowsNeeded + " rows of " + dims[3] + " numbers but has only " + r);
                }
                String[] tok = lines[i].strip().split("[\\s,]+");
                if (tok.length != dims[3]) throw error(name, i + 1, "expected " + dims[3] + " numbers, found " + tok.length);
                for (String t : tok) {
                    float v;
                    try {
                        v = Float.parseFloat(t);
                    } catch (NumberFormatException e) {
                        throw error(name, i + 1, "'" + clip(t) + "' is not a number");
                    }
                    if (!Float.isFinite(v) || t.matches("(?i).*(nan|inf).*")) throw error(name, i + 1, "'" + clip(t) + "' is not a finite number");
                    w.data()[idx++] = v;
                }
            }
            out.put(kind, w);
            i = next(lines, i + 1);
        }
        if (out.isEmpty()) throw error(name, lines.length, "no kernel blocks after the header");
        return out;
    }

    private static Kind kindOf(String s) {
        for (Kind k : Kind.values()) if (k.key().equals(s)) return k;
        return null;
    }

    private static void check(Kind kind, Weights w, String what) {
        boolean ok = switch (kind) {
            case KERNEL -> w.filters() == 1 && w.channelsPerGroup() == 1;
            case DEPTHWISE -> w.channelsPerGroup() == 1;
            case POINTWISE -> w.kernelHeight() == 1 && w.kernelWidth() == 1;
            case STANDARD -> true;
        };
        String need = switch (kind) {
            case KERNEL -> "1 1 KH KW";
            case DEPTHWISE -> "C 1 KH KW";
            case POINTWISE -> "F C 1 1";
            case STANDARD -> "F C KH KW";
        };
        if (!ok) throw new IllegalArgumentException(what + " must have shape " + need + ", got " + w.shapeString().replace('×', ' '));
    }

    private static int next(String[] lines, int from) {
        int i = from;
        while (i < lines.length && (lines[i].isBlank() || lines[i].strip().startsWith("#"))) i++;
        return i;
    }

    private static IllegalArgumentException error(String name, int line, String msg) {
        return new IllegalArgumentException(name + " line " + line + ": " + msg);
    }

    private static String clip(String s) {
        return TextFiles.printable(s.strip(), 40);
    }

    private static boolean isNpy(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npy");
    }

    /** 2D → kernel, 3D (C, KH, KW) → depthwise, 4D: 1×1 spatial → pointwise, F×1×… → depthwise, else standard. */
    private static Kind npyKind(Weights w, int dims) {
        if (dims == 2) return Kind.KERNEL;
        if (dims == 3) return Kind.DEPTHWISE;
        if (w.kernelHeight() == 1 && w.kernelWidth() == 1) return Kind.POINTWISE;
        if (w.channelsPerGroup() == 1) return Kind.DEPTHWISE;
        return Kind.STANDARD;
    }
}
