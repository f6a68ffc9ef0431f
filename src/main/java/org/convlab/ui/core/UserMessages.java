package org.convlab.ui.core;

/**
 * The one sentence a person sees for an error: its own message (first line) when it has one,
 * else a plain description of the kind of failure. Never an exception class name or a stack trace.
 */
public final class UserMessages {
    private UserMessages() { }

    public static String of(Throwable e) {
        if (e instanceof OutOfMemoryError) return "ConvLab ran out of memory; try a smaller image or layer.";
        if (e instanceof StackOverflowError) return "An input was nested too deeply to process.";
        if (e instanceof java.util.concurrent.CancellationException) return "Cancelled.";
        String m = e == null ? null : e.getMessage();
        if (m == null || m.isBlank()) return "An unexpected error stopped this action; what you had is kept.";
        return m.lines().findFirst().orElse(m).replaceAll("\\p{Cntrl}", "?");
    }
}
