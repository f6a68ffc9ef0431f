package org.convlab.cli;

/** A user error in a command, reported as one line on stderr with exit code 2. */
public class CliException extends RuntimeException {
    public CliException(String message) { super(message); }
    public CliException(String message, Throwable cause) { super(message, cause); }
}
