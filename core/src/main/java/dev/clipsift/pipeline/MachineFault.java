package dev.clipsift.pipeline;

/**
 * A fault of the machine, not of the input: the output disk is full, an I/O error, the output folder vanished.
 * It is never recorded as an item's error; it stops the run, leaving the items in flight unfinished, so that
 * a resume after the fault is fixed does them.
 */
public final class MachineFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        NO_SPACE("no space left on device"),
        IO_ERROR("input/output error"),
        OUTPUT_GONE("the output folder is gone");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    private final Kind kind;

    public MachineFault(Kind kind, String where, Throwable cause) {
        super(kind.words() + " at " + where, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * The machine fault behind {@code error}, if any: ENOSPC and EIO as Java reports them ("No space left on
     * device", "Input/output error") or as FFmpeg does ("error -28", "error -5" from av_interleaved_write_frame
     * and the like), anywhere in the cause chain. Null when the error is the input's.
     */
    public static MachineFault of(Throwable error, String where) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof MachineFault f) {
                return f;
            }
            String m = t.getMessage();
            if (m == null) {
                continue;
            }
            if (m.contains("No space left on device")
                    || m.matches("(?s).*\\berror -28\\b.*")
                    || m.contains("Disk quota exceeded")) {
                return new MachineFault(Kind.NO_SPACE, where, error);
            }
            if (m.contains("Input/output error") || m.matches("(?s).*\\berror -5\\b.*")) {
                return new MachineFault(Kind.IO_ERROR, where, error);
            }
        }
        return null;
    }
}
