package org.convlab.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convlab.engine.Budget;

/**
 * NumPy's {@code .npy} format (versions 1.0, 2.0 and 3.0), for the command line and the tests.
 *
 * <p>Reads little-endian float32 ({@code <f4}) and float64 ({@code <f8}) arrays in C order, rank
 * 0 to 4; float64 values are rounded to float32. Also reads uint8 ({@code |u1}), as floats 0 to 255,
 * for image and label sets (the trained models' test subsets). Everything else is refused with a message that
 * names the file: bad magic, truncated header or data, Fortran order, big-endian, other dtypes,
 * extra bytes after the data. Writes float32 arrays as version 1.0 (header padded to 64 bytes).
 * See https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html.
 */
public final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int MAX_RANK = 4;
    private static final Pattern DESCR = Pattern.compile("['\"]descr['\"]\\s*:\\s*['\"]([^'\"]*)['\"]");
    private static final Pattern FORTRAN = Pattern.compile("['\"]fortran_order['\"]\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("['\"]shape['\"]\\s*:\\s*\\(([^)]*)\\)");

    /** Largest .npy file read: the largest allowed float64 array plus a generous header. */
    public static final long MAX_FILE_BYTES = Budget.MAX_TENSOR_VALUES * 8 + (1 << 16);

    private Npy() { }

    /** Reads a file; every failure is an {@link IllegalArgumentException} naming the file. */
    public static NpyArray read(Path file) {
        return read(file, file.toString());
    }

    /** Reads a file, named {@code name} in messages; files too large for any allowed array are refused unread. */
    public static NpyArray read(Path file, String name) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) throw new IllegalArgumentException(name + " is a folder, not an .npy file");
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new IllegalArgumentException(name + " is " + size + " bytes; an array of at most "
                        + Budget.grouped(Budget.MAX_TENSOR_VALUES) + " float64 values takes at most " + MAX_FILE_BYTES);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(name + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": cannot read (" + e.getMessage() + ")");
        } catch (OutOfMemoryError e) {
            throw new IllegalArgumentException(name + ": too large to load");
        }
        return parse(bytes, name);
    }

    public static NpyArray read(InputStream in, String name) throws IOException {
        return parse(in.readAllBytes(), name);
    }

    /** Parses the bytes of a whole {@code .npy} file. */
    public static NpyArray parse(byte[] b, String name) {
        if (b.length < 8) throw bad(name, "is not an .npy file (only " + b.length + " bytes)");
        for (int i = 0; i < MAGIC.length; i++) {
            if (b[i] != MAGIC[i]) throw bad(name, "is not an .npy file (it does not start with \\x93NUMPY)");
        }
        int major = b[6] & 0xFF, minor = b[7] & 0xFF;
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        long headerLen;
        int start;
        if (major == 1) {
            if (b.length < 10) throw bad(name, "is truncated inside the header length");
            headerLen = buf.getShort(8) & 0xFFFF;
            start = 10;
        } else if (major == 2 || major == 3) {
            if (b.length < 12) throw bad(name, "is truncated inside the header length");
            headerLen = buf.getInt(8) & 0xFFFFFFFFL;
            start = 12;
        } else {
            throw bad(name, "has .npy format version " + major + "." + minor + "; only 1.0, 2.0 and 3.0 are supported");
        }
        if (start + headerLen > b.length) {
            throw bad(name, "is truncated: the header says " + headerLen + " bytes but the file ends after "
                    + (b.length - start));
        }
        String header = new String(b, start, (int) headerLen,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1).trim();
        int dataStart = start + (int) headerLen;
        return decode(b, dataStart, header, name);
    }

    private static NpyArray decode(byte[] b, int dataStart, String header, String name) {
        if (!header.startsWith("{") || !header.endsWith("}")) throw bad(name, "has a malformed header: " + shorten(header));
        Matcher d = DESCR.matcher(header), f = FORTRAN.matcher(header), s = SHAPE.matcher(header);
        if (!d.find()) {
            if (header.contains("'descr': [") || header.contains("\"descr\": [")) {
                throw bad(name, "holds a structured dtype; only float32 (<f4) and float64 (<f8) arrays are supported");
            }
            throw bad(name, "has a header without 'descr': " + shorten(header));
        }
        if (!f.find()) throw bad(name, "has a header without 'fortran_order': " + shorten(header));
        if (!s.find()) throw bad(name, "has a header without 'shape': " + shorten(header));
        String descr = d.group(1);
        int itemSize = itemSize(descr, name);
        if (f.group(1).equals("True")) {
            throw bad(name, "is stored in Fortran (column-major) order; save it in C order, e.g. numpy.save(f, numpy.ascontiguousarray(a))");
        }
        int[] shape = parseShape(s.group(1), name);
        long count = 1;
        for (int n : shape) {
            count *= n;
            if (count > Budget.MAX_TENSOR_VALUES) {
                throw bad(name, "has shape " + shapeOf(shape) + ", over the limit of " + Budget.grouped(Budget.MAX_TENSOR_VALUES)
                        + " values per array");
            }
        }
        long need = count * itemSize, have = b.length - (long) dataStart;
        if (have < need) {
            throw bad(name, "is truncated: shape " + shapeOf(shape) + " of " + descr + " needs " + need
                    + " data bytes but only " + have + " are present");
        }
        if (have > need) {
            throw bad(name, "has " + (have - need) + " bytes after the data for shape " + shapeOf(shape)
                    + " (shape and data size do not match)");
        }
        float[] out = new float[(int) count];
        ByteBuffer buf = ByteBuffer.wrap(b, dataStart, (int) need).order(ByteOrder.LITTLE_ENDIAN);
        if (itemSize == 1) {
            for (int i = 0; i < out.length; i++) out[i] = b[dataStart + i] & 0xFF;
        } else if (itemSize == 4) {
            buf.asFloatBuffer().get(out);
        } else {
            for (int i = 0; i < out.length; i++) out[i] = (float) buf.getDouble(dataStart + 8 * i);
        }
        return new NpyArray(name, descr, shape, out);
    }

    private static int itemSize(String descr, String name) {
        switch (descr) {
            case "<f4": return 4;
            case "<f8": return 8;
            case "|u1": case "<u1": return 1;
            case ">f4": case ">f8":
                throw bad(name, "is big-endian (" + descr + "); save it little-endian, e.g. a.astype('<f4')");
            default:
                throw bad(name, "has dtype " + describe(descr) + "; only float32 (<f4) and float64 (<f8) are supported"
                        + " (convert with a.astype('float32'))");
        }
    }

    private static String describe(String descr) {
        if (descr.length() < 2) return "'" + descr + "'";
        String kind = switch (descr.charAt(1)) {
            case 'i' -> "signed integer";
            case 'u' -> "unsigned integer";
            case 'b' -> "boolean";
            case 'c' -> "complex";
            case 'O' -> "object";
            case 'U', 'S' -> "string";
            case 'f' -> "float";
            default -> "";
        };
        return "'" + descr + "'" + (kind.isEmpty() ? "" : " (" + kind + ")");
    }

    private static int[] parseShape(String inner, String name) {
        String t = inner.trim();
        if (t.isEmpty()) return new int[0];
        String[] parts = t.split(",");
        int n = parts.length;
        if (parts[n - 1].trim().isEmpty()) n--;
        if (n > MAX_RANK) throw bad(name, "has " + n + " dimensions (" + inner.trim() + "); at most " + MAX_RANK + " are supported");
        int[] shape = new int[n];
        for (int i = 0; i < n; i++) {
            String p = parts[i].trim().replaceAll("L$", "");
            try {
                shape[i] = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw bad(name, "has an unreadable shape (" + inner.trim() + ")");
            }
            if (shape[i] < 0) throw bad(name, "has a negative dimension in its shape (" + inner.trim() + ")");
        }
        return shape;
    }

    /** Writes float32 data as .npy version 1.0 ('<f4', C order) atomically. */
    public static void write(Path file, int[] shape, float[] data) throws IOException {
        byte[] bytes = toBytes(shape, data);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** Writes to a stream (no atomicity: the caller owns the stream). */
    public static void write(OutputStream out, int[] shape, float[] data) throws IOException {
        out.write(toBytes(shape, data));
    }

    public static byte[] toBytes(int[] shape, float[] data) {
        long count = 1;
        for (int n : shape) {
            if (n < 0) throw new IllegalArgumentException("negative dimension in shape " + shapeOf(shape));
            count *= n;
        }
        if (count != data.length) {
            throw new IllegalArgumentException("shape " + shapeOf(shape) + " needs " + count + " values, got " + data.length);
        }
        StringBuilder dims = new StringBuilder();
        for (int n : shape) dims.append(n).append(", ");
        String sh = shape.length == 1 ? "(" + shape[0] + ",)"
                : "(" + (dims.length() == 0 ? "" : dims.substring(0, dims.length() - 2)) + ")";
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': " + sh + ", }";
        int total = 10 + dict.length() + 1;
        int pad = (64 - total % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        ByteArrayOutputStream bos = new ByteArrayOutputStream(10 + header.length() + 4 * data.length);
        bos.writeBytes(MAGIC);
        bos.write(1);
        bos.write(0);
        bos.write(header.length() & 0xFF);
        bos.write((header.length() >> 8) & 0xFF);
        bos.writeBytes(header.getBytes(StandardCharsets.ISO_8859_1));
        ByteBuffer buf = ByteBuffer.allocate(4 * data.length).order(ByteOrder.LITTLE_ENDIAN);
        buf.asFloatBuffer().put(data);
        bos.writeBytes(buf.array());
        return bos.toByteArray();
    }

    private static String shapeOf(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) sb.append(i == 0 ? "" : ", ").append(shape[i]);
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    private static String shorten(String s) {
        return TextFiles.printable(s, 80);
    }

    private static IllegalArgumentException bad(String name, String why) {
        return new IllegalArgumentException(name + " " + why);
    }
}
