package org.convlab.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The libraries, fonts and data ConvLab ships, with their licences ({@code third-party.tsv}). */
public final class ThirdParty {
    /** One shipped component. */
    public record Component(String name, String version, String licence, String use) { }

    private ThirdParty() { }

    public static List<Component> all() {
        List<Component> out = new ArrayList<>();
        try (InputStream in = ThirdParty.class.getResourceAsStream("third-party.tsv")) {
            if (in == null) return out;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length == 4) out.add(new Component(f[0], f[1], f[2], f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
