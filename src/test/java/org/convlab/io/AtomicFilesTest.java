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
}
