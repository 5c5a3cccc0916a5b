package dev.clipsift.review;

import dev.clipsift.embed.CaptionSearch;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.run.RunFolder;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A run opened for review: its clip records (read {@link RunFolder#IO_THREADS}-wide), the journal replayed into
 * the state, and the index over both. Every action is journaled (fsync'd) before the state and the index change,
 * so a kill loses nothing that was done. Actions come from one thread (the reviewer's).
 */
public final class ReviewRun implements Closeable {
    private final Path root;
    private final String author;
    private final List<ClipRecord> clips;
    private final ReviewJournal journal;
    private final ReviewState state;
    private final ReviewIndex index;
    private @Nullable ReviewVectors vectors;
    private boolean vectorsRead;

    private ReviewRun(Path root, String author, List<ClipRecord> clips, ReviewJournal journal) {
        this.root = root;
        this.author = author;
        this.clips = clips;
        this.journal = journal;
        this.state = ReviewState.of(journal.entries());
        this.index = ReviewIndex.of(clips, state);
    }

    /** The run in {@code root}, reviewed by {@code author}; journal warnings (a torn last line) go to {@code warnings}. */
    public static ReviewRun open(Path root, String author, Consumer<String> warnings) throws IOException {
        if (!Files.isRegularFile(new RunFolder(root).config())) {
            throw new IOException("no run in " + root + " (config.json missing)");
        }
        return new ReviewRun(root, author, read(root), ReviewJournal.open(root, warnings));
    }

    /** The reviewer's name: {@code -Dclipsift.reviewer}, {@code $CLIPSIFT_REVIEWER}, else the OS user. */
    public static String defaultAuthor() {
        String p = System.getProperty("clipsift.reviewer");
        String env = System.getenv("CLIPSIFT_REVIEWER");
        return p != null && !p.isBlank() ? p : env != null && !env.isBlank() ? env : System.getProperty("user.name");
    }

    /** Every clip record of the run in {@code root}, in run order. */
    public static List<ClipRecord> read(Path root) throws IOException {
        RunFolder folder = new RunFolder(root);
        List<ClipRecord> out = new ArrayList<>();
        for (List<ClipRecord> video : folder.eachVideo(v -> {
            List<ClipRecord> mine = new ArrayList<>();
            for (String id : v.clipIds()) {
                if (folder.hasClipRecord(id)) {
                    mine.add(folder.readClipRecord(id));
                }
            }
            return mine;
        })) {
            out.addAll(video);
        }
        return out;
    }

    public Path root() {
        return root;
    }

    public String author() {
        return author;
    }

    public ReviewIndex index() {
        return index;
    }

    public ReviewState state() {
        return state;
    }

    /** The record of clip {@code row}. */
    public ClipRecord clip(int row) {
        return clips.get(row);
    }

    /** The clip's mp4. */
    public Path video(int row) {
        return new RunFolder(root).clipVideo(clips.get(row).id());
    }

    /** Keeps ({@code keep}) or rejects the clips of {@code rows}, with {@code reason} (may be null). */
    public void decide(int[] rows, boolean keep, @Nullable String reason) throws IOException {
        ReviewEntry.Action a = keep ? ReviewEntry.Action.KEEP : ReviewEntry.Action.REJECT;
        for (int r : rows) {
            record(ReviewEntry.decision(a, index.id(r), author, reason));
        }
    }

    /** Gives the clips of {@code rows} back to the engine's verdict. */
    public void reset(int[] rows) throws IOException {
        for (int r : rows) {
            record(ReviewEntry.decision(ReviewEntry.Action.RESET, index.id(r), author, null));
        }
    }

    /** Adds ({@code add}) or removes {@code tag} on the clips of {@code rows}. */
    public void tag(int[] rows, String tag, boolean add) throws IOException {
        for (int r : rows) {
            if (state.tags(index.id(r)).contains(tag) != add) {
                record(ReviewEntry.tag(index.id(r), author, tag.strip(), add));
            }
        }
    }

    /** Sets window {@code window} of clip {@code row}'s caption to {@code text} (nothing when it is that already). */
    public void editCaption(int row, int window, String text) throws IOException {
        List<String> now = windows(row);
        String previous = window < now.size() ? now.get(window) : null;
        if (!text.equals(previous)) {
            record(ReviewEntry.caption(index.id(row), author, window, text, previous));
        }
    }

    /** Clip {@code row}'s caption windows as they stand now. */
    public List<String> windows(int row) {
        ClipRecord c = clips.get(row);
        return CaptionHistory.current(c.captions(), state.edits(c.id()));
    }

    /** Clip {@code row}'s caption versions, oldest first. */
    public List<CaptionHistory.Version> history(int row) {
        ClipRecord c = clips.get(row);
        return CaptionHistory.of(c.captions(), state.edits(c.id()));
    }

    /** The picture embeddings (read once), or null when the run has none. */
    public synchronized @Nullable ReviewVectors vectors() throws IOException {
        if (!vectorsRead) {
            vectors = ReviewVectors.load(root, clips);
            vectorsRead = true;
        }
        return vectors;
    }

    /** Whether the run has caption embeddings, so {@link #semanticSearch} can answer. */
    public boolean hasCaptionEmbeddings() throws IOException {
        return CaptionSearch.available(root);
    }

    /** The rows of the {@code limit} clips whose captions mean most nearly {@code query}. */
    public int[] semanticSearch(String query, int limit) throws Exception {
        List<String> ids = CaptionSearch.search(root, query, limit).stream()
                .map(CaptionSearch.Hit::clip)
                .toList();
        return index.rowsOf(ids);
    }

    /** The report of the review so far. */
    public ReviewReport report() {
        return ReviewReport.of(clips, state);
    }

    /** Exports the kept clips with their reviewed captions into {@code to} (null: {@link ReviewExport#DEFAULT}). */
    public Map<String, Object> export(@Nullable Path to) throws Exception {
        return ReviewExport.run(root, state, report(), to == null ? root.resolve(ReviewExport.DEFAULT) : to);
    }

    /** Every clip record, in run order. */
    public List<ClipRecord> clips() {
        return clips;
    }

    private void record(ReviewEntry e) throws IOException {
        journal.append(e);
        state.apply(e);
        index.decided(e.clip());
        if (e.action() == ReviewEntry.Action.CAPTION) {
            index.captionChanged(
                    e.clip(),
                    CaptionHistory.current(clips.get(index.row(e.clip())).captions(), state.edits(e.clip())));
        }
    }

    @Override
    public void close() throws IOException {
        journal.close();
    }
}
