package dev.clipsift.run;

import dev.clipsift.pipeline.ItemStage;
import dev.clipsift.pipeline.StageContext;
import dev.clipsift.split.ShotSplitter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Finds each video's shots with the configured {@link ShotSplitter}: one session per worker (a model loads
 * once per worker), decode-ahead threads owned by the run. Videos split in an earlier session pass through.
 */
final class SplitStage extends ItemStage<VideoTask> {
    private final ShotSplitter splitter;
    private final AtomicLong decodedFrames = new AtomicLong();

    SplitStage(ShotSplitter splitter) {
        this.splitter = splitter;
    }

    @Override
    public String name() {
        return "split";
    }

    @Override
    public Map<String, Object> describe() {
        return Map.of("algorithm", splitter.name(), "params", splitter.parameters());
    }

    /** Frames decoded to find shots in this session. */
    long decodedFrames() {
        return decodedFrames.get();
    }

    @Override
    protected boolean skip(VideoTask task) {
        return task.failed() || task.done() != null;
    }

    @Override
    protected ItemWorker<VideoTask> openItems(StageContext context) throws Exception {
        ShotSplitter.Session session = splitter.open();
        return new ItemWorker<>() {
            @Override
            public VideoTask apply(VideoTask task) throws Exception {
                ShotSplitter.SplitResult split = session.split(task.path(), context.cancelled(), context.helpers());
                if (splitter.decodesFrames()) {
                    decodedFrames.addAndGet(split.frames());
                }
                return task.withSplit(split);
            }

            @Override
            public void close() {
                session.close();
            }
        };
    }
}
