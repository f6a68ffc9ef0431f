package org.convlab.cli;

import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * Turns any failure into one line on stderr and exit code 2: parameter errors, every exception a
 * command throws, and errors of the JVM itself (out of memory, stack overflow). Messages never
 * carry exception class names, line breaks or control characters (a binary file's bytes are
 * shown as {@code \xNN}), and are cut at {@link #MAX_LENGTH} characters.
 */
public final class CliErrors {
    public static final int EXIT_ERROR = 2;
    static final int MAX_LENGTH = 400;

    private CliErrors() { }

    static int onParameterError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        cl.getErr().println(cl.getCommandSpec().qualifiedName() + ": " + oneLine(e.getMessage())
                + " (see --help)");
        return EXIT_ERROR;
    }

    static int onExecutionError(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        cl.getErr().println(cl.getCommandSpec().qualifiedName() + ": " + describe(e));
        return EXIT_ERROR;
    }

    /** An error thrown past picocli (an {@link Error}, or anything raised while setting up). */
    static int onUncaught(Throwable t, PrintWriter err, String[] args) {
        String cmd = "convlab" + (args.length > 0 && !args[0].startsWith("-") ? " " + oneLine(args[0]) : "");
        err.println(cmd + ": " + describe(t));
        err.flush();
        return EXIT_ERROR;
    }

    /** The one-line message a person reads for {@code t}: what failed and, where known, why. */
    static String describe(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return "not enough memory for this input (the Java heap is " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB); use a smaller input, or see the limits in the README";
        }
        if (t instanceof StackOverflowError) return "the input is nested too deeply to be read";
        String msg = t.getMessage();
        if (t instanceof NoSuchFileException) return oneLine(msg) + ": no such file";
        if (t instanceof AccessDeniedException) return oneLine(msg) + ": permission denied";
        if (t instanceof CharacterCodingException) return "a file is not valid UTF-8 text";
        boolean bug = t instanceof NullPointerException || t instanceof ClassCastException || t instanceof IndexOutOfBoundsException
                || t instanceof ArithmeticException || t instanceof UnsupportedOperationException || t instanceof Error;
        if (bug) return "failed unexpectedly (an internal error); please report the command line that did this";
        if (msg == null || msg.isBlank()) {
            Throwable c = t.getCause();
            if (c != null && c != t) return describe(c);
            return "failed (no details were given)";
        }
        return oneLine(msg);
    }

    /** One line: line breaks folded, control characters shown as {@code \xNN}, at most {@link #MAX_LENGTH} chars. */
    static String oneLine(String s) {
        if (s == null) return "";
        String folded = s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        StringBuilder b = new StringBuilder(Math.min(folded.length(), MAX_LENGTH + 8));
        for (int i = 0; i < folded.length() && b.length() < MAX_LENGTH; i++) {
            char c = folded.charAt(i);
            if (Character.isISOControl(c) || c == '\uFFFD' || Character.getType(c) == Character.FORMAT && c != '\u200D') {
                b.append(c > 0xFF ? String.format("\\u%04X", (int) c) : String.format("\\x%02X", (int) c));
            } else {
                b.append(c);
            }
        }
        if (b.length() >= MAX_LENGTH && folded.length() > MAX_LENGTH) b.append('…');
        return b.toString();
    }
}
