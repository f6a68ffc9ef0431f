package org.convlab.lesson;

/** A scene that cannot be built; {@code key} names the scene key at fault (e.g. "kernel.pointwise"). */
public final class SceneException extends RuntimeException {
    private final String key;

    public SceneException(String key, String message) {
        super(message);
        this.key = key;
    }

    public SceneException(String key, String message, Throwable cause) {
        super(message, cause);
        this.key = key;
    }

    public String key() { return key; }
}
