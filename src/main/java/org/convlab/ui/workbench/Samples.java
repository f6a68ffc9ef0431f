package org.convlab.ui.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convlab.engine.Tensor;
import org.convlab.io.ImageDecoder;

/**
 * The sample images in {@code assets/} (see assets/CREDITS.md). They are read from an
 * {@code assets/} folder in the working directory when present (so a teacher can swap them),
 * else from the class path, where the build packages them.
 */
public final class Samples {
    /** A sample: its file in assets/, a short title and what it is good for. */
    public record Sample(String file, String title, String hint) {
        public String id() { return file.substring(0, file.lastIndexOf('.')); }
    }

    public static final List<Sample> ALL = List.of(
            new Sample("impulse-dot.png", "Impulse", "One bright dot: the output shows the kernel itself (rotated 180°)"),
            new Sample("step-edge.png", "Step edge", "A vertical edge: try Sobel x, then Sobel y"),
            new Sample("square.png", "Square", "Edges in both directions and corners"),
            new Sample("checkerboard.png", "Checkerboard", "Blur it, or use stride 2 to see aliasing"),
            new Sample("gradient.png", "Gradient", "A ramp: a derivative kernel gives a constant"),
            new Sample("stripes.png", "Stripes", "Vertical above, horizontal below: orientation"),
            new Sample("rgb-blocks.png", "RGB blocks", "Three colour channels: depthwise vs standard"),
            new Sample("camera.jpg", "Camera", "Grey photo (CC0, Lav Varshney)"),
            new Sample("astronaut.jpg", "Astronaut", "Colour photo (public domain, NASA)"),
            new Sample("coffee.jpg", "Coffee", "Colour photo (CC0, Rachel Michetti)"),
            new Sample("chelsea.jpg", "Chelsea", "Colour photo of a cat (CC0, Stefan van der Walt)"),
            new Sample("brick.jpg", "Brick wall", "Grey texture (CC0, CC0Textures)"));

    private Samples() { }

    public static Sample byId(String id) {
        for (Sample s : ALL) if (s.id().equals(id) || s.file().equals(id)) return s;
        throw new IllegalArgumentException("unknown sample '" + id + "'");
    }

    /** Where the sample is, as a URL string for JavaFX images (null if missing). */
    public static String url(Sample s) {
        Path local = Path.of("assets", s.file());
        if (Files.isRegularFile(local)) return local.toUri().toString();
        java.net.URL u = Samples.class.getResource("/assets/" + s.file());
        return u == null ? null : u.toExternalForm();
    }

    /** Decodes a sample from ./assets or the class path. */
    public static Tensor load(Sample s) throws IOException {
        Path local = Path.of("assets", s.file());
        if (Files.isRegularFile(local)) return ImageDecoder.read(local);
        try (InputStream in = Samples.class.getResourceAsStream("/assets/" + s.file())) {
            if (in == null) throw new IOException(s.file() + ": sample not found in ./assets or in the application");
            return ImageDecoder.decode(in, s.file());
        }
    }
}
