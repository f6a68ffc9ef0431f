package org.convlab.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.convlab.engine.Tensor;
import org.convlab.io.ImageLoader;
import org.convlab.io.Npy;
import org.convlab.io.NpyArray;

/** Loading and naming the files of the commands; every message names the option and the file. */
final class CliFiles {
    private CliFiles() { }

    /** Reads a finite .npy array; errors start with the option name. */
    static NpyArray npy(Path file, String option) {
        if (java.nio.file.Files.isDirectory(file)) throw new CliException(option + " " + file + " is a folder, not a file");
        if (!lower(file).endsWith(".npy")) {
            throw new CliException(option + " " + file + ": expected an .npy file");
        }
        try {
            return Npy.read(file).requireFinite(option);
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw new CliException(m.startsWith(option) ? m : option + " " + m, e);
        }
    }

    /** An input tensor from .npy (C×H×W or H×W) or an image (RGB in [0,1], or one luma channel). */
    static Tensor input(Path file, boolean grayscale) {
        if (java.nio.file.Files.isDirectory(file)) throw new CliException("--input " + file + " is a folder, not a file");
        if (ImageLoader.isImageName(file)) {
            try {
                return ImageLoader.load(file, grayscale);
            } catch (IllegalArgumentException e) {
                throw new CliException("--input " + e.getMessage(), e);
            }
        }
        if (!lower(file).endsWith(".npy")) {
            throw new CliException("--input " + file + ": expected .npy, .png, .jpg, .jpeg, .bmp or .gif");
        }
        if (grayscale) throw new CliException("--grayscale applies to image inputs, not to " + file);
        NpyArray a = npy(file, "--input");
        try {
            return a.toTensor("--input");
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    /** Checks an output name's extension before any work is done. */
    static void requireExtension(Path file, String option, String... exts) {
        if (file == null) return;
        String n = lower(file);
        for (String e : exts) if (n.endsWith(e)) return;
        throw new CliException(option + " " + file + ": the name must end in " + String.join(" or ", exts));
    }

    static boolean isPng(Path file) {
        return lower(file).endsWith(".png");
    }

    static String lower(Path file) {
        return file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
