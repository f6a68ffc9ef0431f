package org.convlab.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small NumPy {@code .npy} reader/writer for kernel files only (C order; little-endian
 * float32, float64, int32, int64, and big-endian float32/float64 read; float32 written as
 * format version 1.0). Package-private on purpose: a general {@code Npy} class may replace it.
 */
final class KernelNpy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    record Array(int[] shape, float[] data) { }

    private KernelNpy() { }

    static Array read(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        if (b.length < 10) throw new IllegalArgumentException(name + ": too short to be a .npy file (" + b.length + " bytes)");
        for (int i = 0; i < MAGIC.length; i++) {
            if (b[i] != MAGIC[i]) throw new IllegalArgumentException(name + ": not a .npy file (the magic bytes \\x93NUMPY are missing)");
        }
        int major = b[6] & 0xFF;
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        long headerLen;
        int start;
        if (major == 1) { headerLen = bb.getShort(8) & 0xFFFF; start = 10; }
        else if (major == 2 || major == 3) { headerLen = bb.getInt(8) & 0xFFFFFFFFL; start = 12; }
        else throw new IllegalArgumentException(name + ": unsupported .npy version " + major);
        if (start + headerLen > b.length) throw new IllegalArgumentException(name + ": the header is cut off");
        String header = new String(b, start, (int) headerLen, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Matcher d = DESCR.matcher(header), f = FORTRAN.matcher(header), s = SHAPE.matcher(header);
        if (!d.find() || !f.find() || !s.find()) throw new IllegalArgumentException(name + ": the header lacks descr, fortran_order or shape: " + header.strip());
        if (f.group(1).equals("True")) throw new IllegalArgumentException(name + ": Fortran-ordered arrays are not supported; save with np.ascontiguousarray");
        List<Integer> dims = new ArrayList<>();
        long n = 1;
        for (String part : s.group(1).split(",")) {
            if (part.isBlank()) continue;
            int v = Integer.parseInt(part.strip());
            dims.add(v);
            n *= v;
        }
        if (n > 50_000_000L) throw new IllegalArgumentException(name + ": too many values (" + n + ") for a kernel");
        String descr = d.group(1);
        int size;
        ByteOrder order = descr.startsWith(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        String type = descr.replaceFirst("^[<>|=]", "");
        size = switch (type) {
            case "f4", "i4" -> 4;
            case "f8", "i8" -> 8;
            default -> throw new IllegalArgumentException(name + ": unsupported dtype '" + descr + "' (float32, float64, int32, int64)");
        };
        int data = start + (int) headerLen;
        if ((long) data + n * size != b.length) {
            throw new IllegalArgumentException(name + ": expected " + n + " values of " + size + " bytes after the header but the file has "
                    + (b.length - data) + " bytes");
        }
        ByteBuffer vals = ByteBuffer.wrap(b, data, b.length - data).order(order);
        float[] out = new float[(int) n];
        for (int i = 0; i < out.length; i++) {
            int at = data + i * size;
            out[i] = switch (type) {
                case "f4" -> vals.getFloat(at);
                case "f8" -> (float) vals.getDouble(at);
                case "i4" -> vals.getInt(at);
                default -> vals.getLong(at);
            };
        }
        return new Array(dims.stream().mapToInt(Integer::intValue).toArray(), out);
    }

    /** Format 1.0, '<f4', C order; header padded with spaces so the data starts on a 64-byte boundary. */
    static byte[] encode(float[] data, int[] shape) {
        StringBuilder sh = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) sh.append(shape[i]).append(shape.length == 1 || i < shape.length - 1 ? ", " : "");
        String shapeText = sh.toString().replaceAll(", $", shape.length == 1 ? "," : "") + ")";
        StringBuilder h = new StringBuilder("{'descr': '<f4', 'fortran_order': False, 'shape': " + shapeText + ", }");
        while ((10 + h.length() + 1) % 64 != 0) h.append(' ');
        h.append('\n');
        byte[] header = h.toString().getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer bb = ByteBuffer.allocate(10 + header.length + 4 * data.length).order(ByteOrder.LITTLE_ENDIAN);
        bb.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length).put(header);
        for (float v : data) bb.putFloat(v);
        return bb.array();
    }
}
