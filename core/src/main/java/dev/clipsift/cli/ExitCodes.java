package dev.clipsift.cli;

/** Exit codes that scripts rely on. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int USAGE_OR_INTERNAL = 1;
    public static final int SOME_ITEMS_FAILED = 2;
    /** {@code run}/{@code resume}: another live run holds this output (or this shard of it); nothing was done. */
    public static final int OUTPUT_IN_USE = 3;
    /** {@code summarize}: videos or shards are missing or still running; nothing was merged. */
    public static final int INCOMPLETE = 4;

    private ExitCodes() {}
}
