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
            Path abs = target.toAbsolutePath();
            Path dir = abs.getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw new IOException(target + ": the folder " + dir + " does not exist");
            }
            if (Files.isDirectory(abs)) throw new IOException(target + " is a folder");
            Path tmp;
            try {
                tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".part");
            } catch (IOException e) {
                throw new IOException(target + ": cannot write in " + dir + " (" + e.getMessage() + ")", e);
            }
            staged.add(new Path[] {tmp, abs});
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.writeTo(out);
            } catch (IOException | RuntimeException e) {
                throw new IOException(target + ": writing failed (" + e.getMessage() + ")", e);
            }
        }

        public void commit() throws IOException {
            for (Path[] p : staged) {
                try {
                    Files.move(p[0], p[1], StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(p[0], p[1], StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new IOException(p[1] + ": cannot replace (" + e.getMessage() + ")", e);
                }
            }
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
