package org.convlab.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that it appears complete or not at all: the bytes go to a temporary file in
 * the same folder, which is then moved over the target atomically. A failed or cancelled write
 * deletes the temporary file and leaves any previous file untouched.
 */
public final class AtomicFiles {
    private AtomicFiles() { }

    /** What writes the content. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    public static void write(Path target, Writer writer) throws IOException {
        Path tmp = createTemp(target);
        boolean ok = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                writer.write(out);
            }
            commit(tmp, target);
            ok = true;
        } finally {
            if (!ok) Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes the content to a new temporary file beside {@code target} and returns it, for
     * callers that commit several files together; on failure the temporary file is deleted.
     */
    public static Path writeTemp(Path target, Writer writer) throws IOException {
        Path tmp = createTemp(target);
        boolean ok = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                writer.write(out);
            }
            ok = true;
            return tmp;
        } finally {
            if (!ok) Files.deleteIfExists(tmp);
        }
    }

    /** Temporary files are private (0600); the finished file gets the usual rw-r--r--. */
    private static void readableByAll(Path tmp) {
        try {
            if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
        } catch (IOException | UnsupportedOperationException ignored) {
            // keep the temporary file's permissions
        }
    }

    /** A new empty temporary file beside {@code target} (hidden, ends in .tmp). */
    public static Path createTemp(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new IOException("folder " + dir + " does not exist");
        if (!Files.isWritable(dir)) throw new IOException("cannot write to folder " + dir);
        return Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
    }

    /** Moves a finished temporary file onto the target (atomically where the file system can). */
    public static void commit(Path tmp, Path target) throws IOException {
        readableByAll(tmp);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
