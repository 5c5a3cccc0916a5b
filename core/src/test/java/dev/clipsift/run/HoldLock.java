package dev.clipsift.run;

import java.nio.file.Path;

/**
 * A separate process for {@link RunLockTest}: takes the lock of part {@code args[1]} ({@code all} or {@code I/N})
 * of the run folder {@code args[0]}, prints {@code locked}, and holds it until killed.
 */
public final class HoldLock {
    private HoldLock() {}

    public static void main(String[] args) throws Exception {
        VideoSelection part = "all".equals(args[1]) ? VideoSelection.all() : VideoSelection.parseShard(args[1]);
        RunLock lock = RunLock.acquire(new RunFolder(Path.of(args[0])), null, part, args[0], w -> {});
        System.out.println("locked");
        System.out.flush();
        System.in.read(); // held until the test kills this process (or closes its stdin)
        lock.close();
    }
}
