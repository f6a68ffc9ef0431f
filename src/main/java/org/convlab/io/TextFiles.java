package org.convlab.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reading user text files safely: a size limit checked before reading, strict UTF-8 (invalid
 * bytes are an error naming the file and the byte offset, never a "MalformedInputException"), a
 * leading byte-order mark dropped; and {@link #printable} for echoing file content in messages.
 */
public final class TextFiles {
    /** Lessons, kernel and network files are small: larger text files are refused unread. */
    public static final long MAX_TEXT_BYTES = 4L << 20;

    private TextFiles() { }

    /** The file's text; every failure is an {@link IOException} whose message names {@code name}. */
    public static String readUtf8(Path file, String name) throws IOException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new IOException(name + ": no such file", e);
        }
        if (Files.isDirectory(file)) throw new IOException(name + " is a folder, not a file");
        if (size > MAX_TEXT_BYTES) {
            throw new IOException(name + " is " + size + " bytes; text files are read up to " + MAX_TEXT_BYTES + " bytes");
        }
        return decodeUtf8(Files.readAllBytes(file), name);
    }

    /** Strict UTF-8 with a leading BOM dropped; an {@link IOException} naming the file and offset otherwise. */
    public static String decodeUtf8(byte[] bytes, String name) throws IOException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(name + " is not valid UTF-8 text (bad byte 0x"
                    + String.format("%02X", bytes[in.position()] & 0xFF) + " at byte " + in.position() + ")", e);
        }
    }

    /** {@code s} safe to show in one line: control characters as {@code \xNN}, cut after {@code max} chars. */
    public static String printable(String s, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || c == '\uFFFD') b.append(String.format("\\x%02X", (int) c & 0xFF));
            else b.append(c);
        }
        if (b.length() >= max && s.length() > max) b.append('…');
        return b.toString();
    }
}
