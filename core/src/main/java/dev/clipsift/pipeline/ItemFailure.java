package dev.clipsift.pipeline;

/**
 * A per-item failure with a typed reason: {@link ItemStage} records it as {@code errors["<stage>.<reason>"]}.
 * {@code reason} is snake_case ({@code unreadable}, {@code frame_count}, ...).
 */
public class ItemFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final String reason;

    public ItemFailure(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ItemFailure(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
