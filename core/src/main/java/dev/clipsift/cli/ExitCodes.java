package dev.clipsift.cli;

/** Exit codes that scripts rely on. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int USAGE_OR_INTERNAL = 1;
    public static final int SOME_ITEMS_FAILED = 2;

    private ExitCodes() {}
}
