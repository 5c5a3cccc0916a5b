package dev.clipsift.review;

import java.nio.file.Path;

/**
 * A child JVM for {@link ReviewJournalTest}: appends caption edits to the journal of the run folder given, one
 * after another without end, and prints each entry's number once {@link ReviewJournal#append} has returned (the
 * entry is on the disk), until the test kills it.
 */
public final class JournalWriter {
    private JournalWriter() {}

    public static void main(String[] args) throws Exception {
        try (ReviewJournal journal = ReviewJournal.open(Path.of(args[0]), w -> {})) {
            String padding = "x".repeat(2000);
            for (int i = 0; ; i++) {
                journal.append(ReviewEntry.caption("clip-" + (i % 7), "writer", 0, "edit " + i + " " + padding, null));
                System.out.println(i);
                System.out.flush();
            }
        }
    }
}
