package dev.clipsift.store;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;

/**
 * Who holds a lock on a run output: the process id, host and start time, and, for a lease in an object store,
 * until when it holds unless renewed ({@code expiresAtMs}, epoch milliseconds; 0 for a file lock, which the OS
 * releases when the process dies).
 */
public record LockHolder(long pid, String host, String since, long expiresAtMs) {

    /** This process, from now, holding until {@code expiresAtMs}. */
    public static LockHolder self(long expiresAtMs) {
        return new LockHolder(
                ProcessHandle.current().pid(), hostName(), Instant.now().toString(), expiresAtMs);
    }

    /** The same holder, renewed until {@code until}. */
    public LockHolder until(long until) {
        return new LockHolder(pid, host, since, until);
    }

    /** {@code pid 123, host node7, since 2026-...}. */
    public String describe() {
        return "pid " + pid + ", host " + host + ", since " + since;
    }

    private static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return ManagementFactory.getRuntimeMXBean().getName();
        }
    }
}
