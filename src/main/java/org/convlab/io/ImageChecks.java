package org.convlab.io;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.convlab.engine.Budget;

/**
 * Checks of an image file made before it is decoded: the pixel budget from the header, the
 * header's size against the file's size, and (for PNG, whose decoder in the JDK skips them) the
 * chunk checksums. Every refusal is an {@link IllegalArgumentException} naming the file.
 */
final class ImageChecks {
    /**
     * Most pixels one byte of a compressed file can describe: deflate stops at about 1032:1 and a
     * 1-bit image packs 8 pixels a byte, so a real image stays well under this; a header claiming
     * more is a truncated or forged file.
     */
    static final long MAX_PIXELS_PER_BYTE = 16_384;
    private static final long SMALL_IMAGE = 1_000_000;

    private ImageChecks() { }

    /** Budget and header-vs-file sanity, from the header's width and height. */
    static void header(String name, long width, long height, long fileBytes) {
        Budget.checkImage(name, width, height);
        long pixels = width * height; // ≤ the budget, no overflow
        if (pixels > SMALL_IMAGE && pixels > fileBytes * MAX_PIXELS_PER_BYTE) {
            throw new IllegalArgumentException(name + ": the header says " + width + "×" + height + " pixels but the file has only "
                    + fileBytes + " bytes; it is truncated or corrupt");
        }
    }

    /** Verifies every PNG chunk's CRC-32 and that the file ends with IEND. */
    static void pngChecksums(Path file, String name) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            in.skipNBytes(8);
            CRC32 crc = new CRC32();
            byte[] buf = new byte[8192];
            while (true) {
                long len = in.readInt() & 0xFFFFFFFFL;
                byte[] type = new byte[4];
                in.readFully(type);
                String kind = new String(type, java.nio.charset.StandardCharsets.ISO_8859_1);
                crc.reset();
                crc.update(type);
                for (long left = len; left > 0; ) {
                    int n = (int) Math.min(buf.length, left);
                    in.readFully(buf, 0, n);
                    crc.update(buf, 0, n);
                    left -= n;
                }
                long stored = in.readInt() & 0xFFFFFFFFL;
                if (stored != crc.getValue()) {
                    throw new IllegalArgumentException(name + " is corrupt: the checksum of its " + TextFiles.printable(kind, 4)
                            + " chunk does not match");
                }
                if (kind.equals("IEND")) return;
            }
        } catch (EOFException e) {
            throw new IllegalArgumentException(name + " is corrupt or truncated: the file ends inside its data");
        }
    }

    /**
     * Walks the runs of an RLE-compressed BMP (RLE8 or RLE4; the JDK's decoder clips overruns
     * silently) and refuses runs that pass the end of a row or of the image, and data that stops
     * before the end-of-bitmap mark. Other BMPs are left to the decoder.
     */
    static void bmpRuns(Path file, String name) throws IOException {
        byte[] b;
        try (InputStream in = Files.newInputStream(file)) {
            b = in.readNBytes(54);
        }
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        if (b.length < 54 || buf.getInt(14) < 40) return; // OS/2 and core headers have no RLE
        int compression = buf.getInt(30);
        if (compression != 1 && compression != 2) return;
        b = Files.readAllBytes(file); // RLE files are small: at most a byte per pixel of the budget
        long width = buf.getInt(18), height = Math.abs((long) buf.getInt(22));
        int pos = buf.getInt(10);
        long x = 0, y = 0;
        while (true) {
            if (pos < 0 || pos + 1 >= b.length) throw new IllegalArgumentException(name + " is corrupt or truncated: its run-length data ends early");
            int count = b[pos] & 0xFF, value = b[pos + 1] & 0xFF;
            pos += 2;
            if (count > 0) {
                x += count;
            } else if (value == 0) {
                x = 0;
                y++;
            } else if (value == 1) {
                return;
            } else if (value == 2) {
                if (pos + 1 >= b.length) throw new IllegalArgumentException(name + " is corrupt or truncated: its run-length data ends early");
                x += b[pos] & 0xFF;
                y += b[pos + 1] & 0xFF;
                pos += 2;
            } else {
                x += value;
                int bytes = compression == 1 ? value : (value + 1) / 2;
                pos += bytes + (bytes & 1);
            }
            if (x > width || y > height || y == height && x > 0) {
                throw new IllegalArgumentException(name + " is corrupt: its run-length data writes past the " + width + "×" + height
                        + " image (row " + y + ", column " + x + ")");
            }
        }
    }
}
