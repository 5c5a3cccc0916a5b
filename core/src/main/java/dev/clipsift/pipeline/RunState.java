package dev.clipsift.pipeline;

/** Where a run stands. */
public enum RunState {
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    public boolean ended() {
        return this != RUNNING;
    }
}
