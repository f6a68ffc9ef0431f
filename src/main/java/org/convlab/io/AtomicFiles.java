package org.convlab.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes files so that no partial file is ever left: the content goes to a temporary file in
 * the same folder, which is then moved over the target atomically (or, where the file system
 * cannot do that, with a plain replace). On any failure the temporary file is deleted.
 *
 * <p>Durable: the temporary file is flushed to the disk (fsync) before the move, and the folder
 * before and after it, so after a power cut the target holds either the old or the new content.
 * A {@link Batch} stages several outputs first and moves them only when all were written; if a
 * move fails, the targets already replaced get their old content back, so a command that fails
 * half-way leaves none of its outputs behind. {@link #cleanStale} removes temporary files left
 * by a process that was killed mid-write.
 */
public final class AtomicFiles {
    /** Writes the content of one file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Temporary files end in this; {@link #cleanStale} deletes old ones. */
    public static final String SUFFIX = ".part";

    private AtomicFiles() { }

    /**
     * Deletes this class's temporary files ({@code .NAME…part}) in {@code dir} that are older than
     * {@code minAgeMillis} (a live writer's file is younger); returns how many were deleted.
     */
    public static int cleanStale(Path dir, long minAgeMillis) {
        if (dir == null || !Files.isDirectory(dir)) return 0;
        int n = 0;
        long now = System.currentTimeMillis();
        try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "." + "*" + SUFFIX)) {
            for (Path p : ds) {
                try {
                    if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                            && now - Files.getLastModifiedTime(p).toMillis() >= minAgeMillis) {
                        Files.delete(p);
                        n++;
                    }
                } catch (IOException ignored) {
                    // another process may have moved it; nothing to clean
                }
            }
        } catch (IOException ignored) {
            // an unreadable folder: nothing to clean
        }
        return n;
    }

    /** Flushes a file's content to the disk. */
    static void fsync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Flushes a folder's entries (the names moved in or out) to the disk, where the platform allows it. */
    static void fsyncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open a folder as a channel; its moves are durable without it
        }
    }

    /** A new empty temporary file beside {@code target} (hidden, ends in .part), for streaming writers. */
    public static Path createTemp(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new IOException(target + ": the folder " + dir + " does not exist");
        if (Files.isDirectory(abs)) throw new IOException(target + " is a folder");
        try {
            return Files.createTempFile(dir, "." + abs.getFileName(), SUFFIX);
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
        fsync(tmp);                       // the content is on the disk before its name is
        Path dir = target.toAbsolutePath().getParent();
        fsyncFolder(dir);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IOException(target + ": cannot replace (" + e.getMessage() + ")", e);
        }
        fsyncFolder(dir);
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

        /**
         * Moves every staged file into place. Existing targets are first kept aside (as temporary
         * files beside them); if any move fails, the targets already moved are put back as they were.
         */
        public void commit() throws IOException {
            List<Path[]> done = new ArrayList<>();   // {target, its old content kept aside, or null if it was new}
            try {
                for (Path[] p : staged) {
                    Path backup = null;
                    if (staged.size() > 1 && Files.exists(p[1])) {
                        backup = createTemp(p[1]);
                        Files.move(p[1], backup, StandardCopyOption.REPLACE_EXISTING);
                    }
                    if (staged.size() > 1) done.add(new Path[] {p[1], backup});
                    AtomicFiles.commit(p[0], p[1]);
                }
            } catch (IOException | RuntimeException e) {
                for (Path[] d : done) {
                    try {
                        if (d[1] != null) Files.move(d[1], d[0], StandardCopyOption.REPLACE_EXISTING);
                        else Files.deleteIfExists(d[0]);
                    } catch (IOException ignored) {
                        // best effort: the exception below still says the command failed
                    }
                }
                throw e;
            }
            for (Path[] d : done) if (d[1] != null) Files.deleteIfExists(d[1]);
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
