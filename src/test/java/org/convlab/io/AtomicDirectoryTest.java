package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of files appears completely or not at all. */
class AtomicDirectoryTest {
    @TempDir Path tmp;

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesEveryFile() throws Exception {
        Map<String, AtomicFiles.Content> files = new LinkedHashMap<>();
        files.put("a.txt", o -> o.write('a'));
        files.put("b.txt", o -> o.write('b'));
        Path dir = tmp.resolve("out");
        AtomicDirectory.write(dir, files);
        assertEquals(List.of("a.txt", "b.txt"), names(dir));
        assertEquals("b", Files.readString(dir.resolve("b.txt")));
        assertEquals(List.of("out"), names(tmp), "no temporary folder left");
    }

    @Test
    void aFailingFileLeavesNothing() throws Exception {
        Map<String, AtomicFiles.Content> files = new LinkedHashMap<>();
        files.put("a.txt", o -> o.write('a'));
        files.put("b.txt", o -> { throw new IOException("disk full"); });
        Path dir = tmp.resolve("out");
        IOException e = assertThrows(IOException.class, () -> AtomicDirectory.write(dir, files));
        assertTrue(e.getMessage().contains("b.txt") && e.getMessage().contains("disk full"), e.getMessage());
        assertFalse(Files.exists(dir));
        assertEquals(List.of(), names(tmp));
    }

    @Test
    void anEmptyFolderIsFilledAndAFullOneRefused() throws Exception {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        AtomicDirectory.write(empty, Map.of("x.txt", o -> o.write('x')));
        assertEquals(List.of("x.txt"), names(empty));
        IOException e = assertThrows(IOException.class, () -> AtomicDirectory.write(empty, Map.of("y.txt", o -> o.write('y'))));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals(List.of("x.txt"), names(empty));
        Path file = Files.writeString(tmp.resolve("file"), "f");
        assertTrue(assertThrows(IOException.class, () -> AtomicDirectory.write(file, Map.of())).getMessage().contains("not a folder"));
        assertEquals(List.of("empty", "file"), names(tmp));
    }
}
