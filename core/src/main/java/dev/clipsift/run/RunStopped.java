package dev.clipsift.run;

import dev.clipsift.pipeline.MachineFault;
import java.io.IOException;

/**
 * A run stopped by a fault of the machine (disk full, I/O error, output folder gone): the items in flight are
 * left unfinished, none is recorded as failed, and {@code clipsift resume} does them once the fault is fixed.
 */
public final class RunStopped extends IOException {
    private static final long serialVersionUID = 1L;

    public RunStopped(MachineFault fault, String output) {
        super(
                fault.kind().words() + " at " + output + ": " + remedy(fault.kind()) + ", then 'clipsift resume "
                        + output + "'",
                fault);
    }

    private static String remedy(MachineFault.Kind kind) {
        return switch (kind) {
            case NO_SPACE -> "free space";
            case IO_ERROR -> "check the disk";
            case OUTPUT_GONE -> "restore the folder or its disk";
        };
    }
}
