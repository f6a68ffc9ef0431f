package org.convlab.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes files so that no partial file is ever left: the content goes to a temporary file in
 * the same folder, which is then moved over the target atomically (or, where the file system
 * cannot do that, with a plain replace). On any failure the temporary file is deleted.
 *
 * <p>A {@link Batch} stages several outputs first and moves them only when all were written,
 * so a command that fails half-way leaves none of its outputs behind.
 */
public final class AtomicFiles {
    /** Writes the content of one file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() { }

    /** A new empty temporary file beside {@code target} (hidden, ends in .part), for streaming writers. */
    public static Path createTemp(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new IOException(target + ": the folder " + dir + " does not exist");
        if (Files.isDirectory(abs)) throw new IOException(target + " is a folder");
        try {
            return Files.createTempFile(dir, "." + abs.getFileName(), ".part");
        } catch (IOException e) {
            throw new IOException(target + ": cannot write in " + dir + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Writes {@code content} to a new temporary file beside {@code target} and returns it, for
     * callers that {@link #commit} several files together; on failure the temporary file is deleted.
     */
    public static Path writeTemp(Path target, Content content) throws IOException {
        Path tmp = createTemp(target);
        boolean ok = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.writeTo(out);
            }
            ok = true;
            return tmp;
        } catch (RuntimeException e) {
            throw new IOException(target + ": writing failed (" + e.getMessage() + ")", e);
        } finally {
            if (!ok) Files.deleteIfExists(tmp);
        }
    }

    /**
     * Moves a finished temporary file onto {@code target}, atomically where the file system can.
     * Temporary files are created private (0600); the finished file gets the usual rw-r--r--.
     */
    public static void commit(Path tmp, Path target) throws IOException {
        try {
            if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
        } catch (UnsupportedOperationException ignored) {
            // keep the temporary file's permissions
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IOException(target + ": cannot replace (" + e.getMessage() + ")", e);
        }
    }

    public static void write(Path target, Content content) throws IOException {
        try (Batch b = new Batch()) {
            b.stage(target, content);
            b.commit();
        }
    }

    /** Outputs written to temporary files, moved into place together by {@link #commit()}. */
    public static final class Batch implements AutoCloseable {
        private final List<Path[]> staged = new ArrayList<>();
        private boolean committed;

        public void stage(Path target, Content content) throws IOException {
            Path tmp = createTemp(target);
            staged.add(new Path[] {tmp, target.toAbsolutePath()});
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.writeTo(out);
            } catch (IOException | RuntimeException e) {
                throw new IOException(target + ": writing failed (" + e.getMessage() + ")", e);
            }
        }

        public void commit() throws IOException {
            for (Path[] p : staged) AtomicFiles.commit(p[0], p[1]);
            committed = true;
        }

        /** Deletes any temporary file still staged (all of them unless committed). */
        @Override public void close() {
            for (Path[] p : staged) {
                try {
                    Files.deleteIfExists(p[0]);
                } catch (IOException ignored) {
                    // best effort: nothing more can be done about a temp file we cannot delete
                }
            }
            staged.clear();
        }

        public boolean isCommitted() { return committed; }
    }
}
