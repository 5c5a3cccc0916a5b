package dev.clipsift.pipeline;

/**
 * An item that carries its own errors ({@code stage.reason} -> one-line message) instead of being dropped, so
 * a bad input becomes a record saying why, and later stages pass it through untouched.
 */
public interface Failable<T> {
    boolean failed();

    /** A copy of this item with the error {@code key} ({@code stage.reason}) set to {@code message}. */
    T withError(String key, String message);
}
