package org.convlab.lesson;

import java.nio.file.Path;

/**
 * One mistake in a lesson file, located by file and 1-based line; printed as
 * {@code file:line: message}, the format editors and terminals link to.
 */
public record Problem(Path file, int line, String message) {
    @Override public String toString() {
        return (file == null ? "<lesson>" : file.toString()) + ":" + Math.max(line, 1) + ": " + message;
    }
}
