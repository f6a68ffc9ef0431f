package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir Path dir;

    @Test
    void finishedFilesAreReadableLikeAnyOtherAndNoTempRemains() throws IOException {
        Path f = dir.resolve("out.txt");
        AtomicFiles.write(f, out -> out.write("hello".getBytes()));
        assertEquals("hello", Files.readString(f));
        if (f.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertTrue(Files.getPosixFilePermissions(f).contains(PosixFilePermission.OTHERS_READ),
                    "temp files are 0600; the finished file must not stay private");
        }
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndLeavesNoTemp() throws IOException {
        Path f = dir.resolve("keep.txt");
        Files.writeString(f, "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> { throw new IOException("disk full"); }));
        assertEquals("old", Files.readString(f));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void aBatchThatFailsWhileMovingPutsEveryTargetBack(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.txt"), b = dir.resolve("b.txt");
        Files.writeString(a, "old a");
        Path blocked = dir.resolve("c");
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            batch.stage(a, out -> out.write("new a".getBytes()));
            batch.stage(b, out -> out.write("new b".getBytes()));
            batch.stage(blocked, out -> out.write("c".getBytes()));
            Files.createDirectories(blocked.resolve("inside")); // now c cannot be replaced: the third move fails
            org.junit.jupiter.api.Assertions.assertThrows(IOException.class, batch::commit);
        }
        assertEquals("old a", Files.readString(a), "the replaced target got its old content back");
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(b), "the new target was removed again");
        try (var s = Files.list(dir)) {
            assertEquals(java.util.List.of("a.txt", "c"), s.map(p -> p.getFileName().toString()).sorted().toList(), "no temp files left");
        }
    }

    @Test
    void staleTempFilesAreCleanedAndFreshOnesKept(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path stale = Files.createTempFile(dir, ".settings.json", AtomicFiles.SUFFIX);
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Path fresh = Files.createTempFile(dir, ".autosave.png", AtomicFiles.SUFFIX);
        Path keep = Files.writeString(dir.resolve("notes.part"), "not ours: no leading dot");
        assertEquals(1, AtomicFiles.cleanStale(dir, 60_000));
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(stale));
        org.junit.jupiter.api.Assertions.assertTrue(Files.exists(fresh) && Files.exists(keep));
    }
}
