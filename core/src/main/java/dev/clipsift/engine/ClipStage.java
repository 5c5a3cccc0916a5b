package dev.clipsift.engine;

import dev.clipsift.model.ClipRecord;
import dev.clipsift.pipeline.ItemStage;
import dev.clipsift.pipeline.StageContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * The base of every stage that works on clips (transcode, scorers, captioners, embedders, ...). It adds to
 * {@link ItemStage}'s error handling:
 * <ul>
 *   <li>completion per clip and per stage: a clip whose record holds this stage's mark with the same
 *       {@link #fingerprint} (the digest of {@link #describe}) passes through untouched, so a resumed or
 *       re-run pipeline redoes only the stages that are new or whose parameters changed;</li>
 *   <li>{@link #frameNeed}: the frames this stage wants from the shared decode (null for none); they arrive in
 *       {@link ClipItem#frames(FrameNeed)};</li>
 *   <li>{@link #artifacts}: the files it writes per clip ({@code clips/<id>.<ext>}), which the run folder,
 *       uploads and summary go over.</li>
 * </ul>
 * Subclasses implement {@link #openClips} (set up once per worker) and return updated records.
 */
public abstract class ClipStage extends ItemStage<ClipItem> {

    /** The frames this stage needs from the shared decode, or null when it reads no pixels. */
    public FrameNeed frameNeed() {
        return null;
    }

    /** File extensions of what it writes per clip ({@code mp4} -> {@code clips/<id>.mp4}). */
    public List<String> artifacts() {
        return List.of();
    }

    private volatile @Nullable String fingerprint;
    private final LongAdder clips = new LongAdder();
    private final LongAdder frames = new LongAdder();
    private final LongAdder nanos = new LongAdder();
    private final Map<String, LongAdder> counts = new ConcurrentSkipListMap<>();

    /** What it has spent in this session (the summary's per-stage cost). */
    public final StageCost cost() {
        Map<String, Long> c = new TreeMap<>();
        counts.forEach((k, v) -> c.put(k, v.sum()));
        return new StageCost(clips.sum(), frames.sum(), nanos.sum() / 1e6, c);
    }

    /** Adds {@code n} to the stage's counter {@code name} (snake_case), reported in the summary with its rate. */
    protected final void count(String name, long n) {
        counts.computeIfAbsent(name, k -> new LongAdder()).add(n);
    }

    /**
     * The digest of this stage's parameters, left on every clip it has done. Computed once: a stage's parameters
     * are fixed when it is built.
     */
    public final String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            f = Fingerprint.of(describe());
            fingerprint = f;
        }
        return f;
    }

    /**
     * Whether this stage works on the clip at all: a subset its settings choose (captions re-made for the clips a
     * reviewer flagged); by default every clip. Not part of {@link #fingerprint}: a clip it does not want passes
     * through untouched and unmarked, and does not keep its video from counting as done.
     */
    public boolean wants(ClipRecord record) {
        return true;
    }

    /**
     * Whether the stage finished its work on {@code after}, the record it returned; by default always. A stage
     * that could not finish for a reason outside the clip (a server that is down) returns false: the clip keeps
     * no mark, so a resume takes it up again, and only this stage runs on it.
     */
    protected boolean finished(ClipRecord after) {
        return true;
    }

    /** Whether the clip still needs this stage. */
    public final boolean pending(ClipItem item) {
        return item.isClip()
                && !item.failed()
                && wants(item.record())
                && !fingerprint().equals(item.record().stageMark(name()));
    }

    @Override
    protected final boolean skip(ClipItem item) {
        return !pending(item);
    }

    /** Sets up one worker: load the model here, once. */
    protected abstract ItemWorker<ClipItem> openClips(StageContext context) throws Exception;

    @Override
    protected final ItemWorker<ClipItem> openItems(StageContext context) throws Exception {
        ItemWorker<ClipItem> work = openClips(context);
        String mark = fingerprint();
        return new ItemWorker<>() {
            @Override
            public ClipItem apply(ClipItem item) throws Exception {
                long t0 = System.nanoTime();
                ClipItem out = work.apply(item);
                counted(List.of(item), t0);
                return marked(out, mark);
            }

            @Override
            public List<ClipItem> applyAll(List<ClipItem> items) throws Exception {
                long t0 = System.nanoTime();
                List<ClipItem> out = work.applyAll(items);
                counted(items, t0);
                return out.stream().map(i -> marked(i, mark)).toList();
            }

            @Override
            public void close() throws Exception {
                work.close();
            }
        };
    }

    private void counted(List<ClipItem> items, long t0) {
        nanos.add(System.nanoTime() - t0);
        clips.add(items.size());
        FrameNeed need = frameNeed();
        if (need != null) {
            items.forEach(i -> frames.add(i.frames(need).size()));
        }
    }

    private ClipItem marked(ClipItem item, String mark) {
        return item.failed() || !finished(item.record())
                ? item
                : item.withRecord(item.record().withStage(name(), mark));
    }
}
