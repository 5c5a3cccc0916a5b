package dev.clipsift.review;

import dev.clipsift.io.Json;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The review journal of a run, {@code review/journal.jsonl}: one {@link ReviewEntry} per line, appended and
 * forced to the disk ({@code fsync}) before {@link #append} returns, never rewritten. Replayed when opened: a
 * last line cut short by a kill is ignored with a warning (and cut off, so the next entry starts on a line of its
 * own); an unreadable line before it is skipped with a warning; nothing else is lost.
 */
public final class ReviewJournal implements Closeable {
    /** The journal's place in a run folder. */
    public static final String FILE = "review/journal.jsonl";

    private final FileChannel channel;
    private final List<ReviewEntry> entries;

    private ReviewJournal(FileChannel channel, List<ReviewEntry> entries) {
        this.channel = channel;
        this.entries = entries;
    }

    /** What a replay found: the entries in order, the warnings, and how many bytes hold whole lines. */
    public record Replay(List<ReviewEntry> entries, List<String> warnings, long wholeBytes) {}

    /** The journal file of the run in {@code root}. */
    public static Path file(Path root) {
        return root.resolve(FILE);
    }

    /** Reads the journal at {@code file} (none: no entries) without changing it. */
    public static Replay replay(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new Replay(List.of(), List.of(), 0);
        }
        byte[] bytes = Files.readAllBytes(file);
        List<ReviewEntry> out = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int start = 0;
        int line = 1;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            String text = new String(bytes, start, end - start, StandardCharsets.UTF_8);
            boolean whole = end < bytes.length;
            if (!whole) {
                warnings.add(file + ": line " + line + " was cut short (the writer stopped mid-line); ignored");
                return new Replay(out, warnings, start);
            }
            if (!text.isBlank()) {
                try {
                    out.add(Json.read(text, ReviewEntry.class));
                } catch (RuntimeException unreadable) {
                    warnings.add(file + ": line " + line + " is not a review entry (" + unreadable.getMessage()
                            + "); skipped");
                }
            }
            start = end + 1;
            line++;
        }
        return new Replay(out, warnings, bytes.length);
    }

    /**
     * Opens the journal of the run in {@code root} for appending (created when missing), after replaying it;
     * replay warnings go to {@code warnings}.
     */
    public static ReviewJournal open(Path root, Consumer<String> warnings) throws IOException {
        Path file = file(root);
        Files.createDirectories(file.getParent());
        Replay replay = replay(file);
        replay.warnings().forEach(warnings);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (channel.size() > replay.wholeBytes()) {
            channel.truncate(replay.wholeBytes());
            channel.force(true);
        }
        channel.position(channel.size());
        return new ReviewJournal(channel, new ArrayList<>(replay.entries()));
    }

    /** Every entry, oldest first: those replayed and those appended since. */
    public synchronized List<ReviewEntry> entries() {
        return List.copyOf(entries);
    }

    /** Appends {@code entry} and forces it to the disk before returning. */
    public synchronized void append(ReviewEntry entry) throws IOException {
        ByteBuffer line = ByteBuffer.wrap((Json.writeLine(entry) + "\n").getBytes(StandardCharsets.UTF_8));
        while (line.hasRemaining()) {
            channel.write(line);
        }
        channel.force(false);
        entries.add(entry);
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
