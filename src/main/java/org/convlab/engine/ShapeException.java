package org.convlab.engine;

/** A shape, parameter or value that the engine refuses, with a message a person can act on. */
public class ShapeException extends IllegalArgumentException {
    public ShapeException(String message) { super(message); }
}
