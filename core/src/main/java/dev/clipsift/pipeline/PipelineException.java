package dev.clipsift.pipeline;

/** A stage failed in a way that is not a per-item error (a bug or a broken environment); the run stopped. */
public final class PipelineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PipelineException(String stage, Throwable cause) {
        super(
                "stage '" + stage + "' failed: " + (cause.getMessage() != null ? cause.getMessage() : cause.toString()),
                cause);
    }

    public PipelineException(Throwable cause) {
        super(cause.getMessage() != null ? cause.getMessage() : cause.toString(), cause);
    }
}
