package dev.clipsift.source;

/** A failure to list, read or write a source or store, with a message meant for people (no stack trace needed). */
public class SourceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
