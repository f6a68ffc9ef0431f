package org.convlab.trace;

import org.convlab.engine.ShapeException;

/** The asked-for trace is too large to record (input crop or step budget exceeded). */
public final class TraceBudgetException extends ShapeException {
    public TraceBudgetException(String message) { super(message); }
}
