package org.convlab.cli;

import picocli.CommandLine;

/** Turns any failure into one line on stderr and exit code 2. */
public final class CliErrors {
    public static final int EXIT_ERROR = 2;

    private CliErrors() { }

    static int onParameterError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        cl.getErr().println(cl.getCommandSpec().qualifiedName() + ": " + oneLine(e.getMessage())
                + " (see --help)");
        return EXIT_ERROR;
    }

    static int onExecutionError(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        String msg = e.getMessage();
        if (msg == null || msg.isBlank() || !(e instanceof IllegalArgumentException || e instanceof java.io.IOException
                || e instanceof CliException || e instanceof IllegalStateException)) {
            msg = e.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
        }
        cl.getErr().println(cl.getCommandSpec().qualifiedName() + ": " + oneLine(msg));
        return EXIT_ERROR;
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
