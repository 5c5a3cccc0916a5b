package dev.clipsift.store;

/**
 * A run output, or the part of it a process was to work on, is locked by another live run: the message names
 * the output and that run's holder ({@link LockHolder#describe}).
 */
public final class OutputInUse extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutputInUse(String output, String part, LockHolder holder) {
        super(output + " is in use by another run" + ("all".equals(part) ? "" : " of " + part) + " ("
                + holder.describe() + "): wait for it to finish, or use another output");
    }
}
