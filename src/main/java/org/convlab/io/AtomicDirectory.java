package org.convlab.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a new folder of files completely or not at all: the files go into a hidden temporary
 * folder beside the target, which is renamed onto the target only when every file was written.
 * The target must not exist or be an empty folder (a folder with files is never merged into or
 * replaced). On any failure the temporary folder is deleted and the target is left as it was.
 */
public final class AtomicDirectory {
    private AtomicDirectory() { }

    /** File name → content, written in order. */
    public static void write(Path dir, Map<String, AtomicFiles.Content> files) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || target.getFileName() == null) throw new IOException(dir + ": not a folder that can be created");
        if (!Files.isDirectory(parent)) throw new IOException(dir + ": the folder " + parent + " does not exist");
        requireNewOrEmpty(dir, target);
        for (String name : files.keySet()) {
            if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                throw new IllegalArgumentException("not a plain file name: " + name);
            }
        }
        Path tmp;
        try {
            tmp = Files.createTempDirectory(parent, "." + target.getFileName() + "-");
        } catch (IOException e) {
            throw new IOException(dir + ": cannot write in " + parent + " (" + e.getMessage() + ")", e);
        }
        boolean done = false;
        try {
            for (Map.Entry<String, AtomicFiles.Content> f : new LinkedHashMap<>(files).entrySet()) {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp.resolve(f.getKey())))) {
                    f.getValue().writeTo(out);
                } catch (IOException | RuntimeException e) {
                    throw new IOException(dir.resolve(f.getKey()) + ": writing failed (" + e.getMessage() + ")", e);
                }
            }
            publicPermissions(tmp);
            requireNewOrEmpty(dir, target);
            if (Files.isDirectory(target)) Files.delete(target); // empty, checked just above
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                throw new IOException(dir + " appeared while it was being written; nothing was changed", e);
            }
            done = true;
        } finally {
            if (!done) deleteTree(tmp);
        }
    }

    private static void requireNewOrEmpty(Path dir, Path target) throws IOException {
        if (!Files.exists(target)) return;
        if (!Files.isDirectory(target)) throw new IOException(dir + " exists and is not a folder");
        try (Stream<Path> s = Files.list(target)) {
            if (s.findAny().isPresent()) throw new IOException(dir + " already exists and is not empty (give a new folder)");
        }
    }

    private static void publicPermissions(Path tmp) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) return;
        try {
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException ignored) {
            // keep the temporary folder's permissions
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort: a temporary folder we cannot delete is all that remains
        }
    }
}
