package org.convlab.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** An {@code index.txt} on the class path: one name a line, blank lines and {@code #} comments skipped. */
final class ResourceIndex {
    private ResourceIndex() { }

    /** The names listed in {@code resource} (e.g. {@code /models/index.txt}), in order; none when it is missing. */
    static List<String> names(String resource) {
        try (InputStream in = ResourceIndex.class.getResourceAsStream(resource)) {
            if (in == null) return List.of();
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) names.add(t);
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
