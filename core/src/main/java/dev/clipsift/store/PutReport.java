package dev.clipsift.store;

import java.util.List;

/** What writing a folder did: files and bytes written, and one line per file that failed. */
public record PutReport(int files, long bytes, List<String> failures) {
    public boolean ok() {
        return failures.isEmpty();
    }
}
