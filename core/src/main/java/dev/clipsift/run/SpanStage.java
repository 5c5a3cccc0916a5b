package dev.clipsift.run;

import dev.clipsift.engine.ClipItem;
import dev.clipsift.engine.VideoContext;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.InputRecord;
import dev.clipsift.model.Schema;
import dev.clipsift.model.SourceRef;
import dev.clipsift.model.Span;
import dev.clipsift.model.SplitInfo;
import dev.clipsift.pipeline.Emitter;
import dev.clipsift.pipeline.Stage;
import dev.clipsift.pipeline.StageContext;
import dev.clipsift.pipeline.Worker;
import dev.clipsift.split.ClipSpans;
import dev.clipsift.split.Shot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns shots into clip spans ({@link ClipSpans}) and hands each clip on as its own item, so the clips of one
 * long video go through the clip stages in parallel. A clip whose record an earlier session wrote starts from
 * that record (with its stage marks, so finished stages are not redone; with {@code retryFailed}, its failed
 * stages are cleared to be tried again). A video without clips goes on as one item with no record.
 */
final class SpanStage implements Stage<VideoTask, ClipItem> {
    private final ClipSpans spans;
    private final int limitClips;
    private final RunFolder folder;
    private final boolean retryFailed;

    SpanStage(RunConfig config, RunFolder folder, boolean retryFailed) {
        this.spans = config.clips();
        this.limitClips = config.limitClips();
        this.folder = folder;
        this.retryFailed = retryFailed;
    }

    @Override
    public String name() {
        return "spans";
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>(spans.describe());
        m.put("limit_clips", limitClips);
        return m;
    }

    @Override
    public Worker<VideoTask, ClipItem> open(StageContext context) {
        return (batch, out) -> {
            for (VideoTask task : batch) {
                process(task, out);
            }
        };
    }

    private void process(VideoTask task, Emitter<ClipItem> out) throws InterruptedException, IOException {
        if (task.failed()) {
            out.emit(ClipItem.noClips(new VideoContext(draft(task, List.of()), task.path(), task.downloaded(), 0)));
            return;
        }
        double fps =
                task.done() != null ? task.done().split().fps() : task.split().fps();
        List<Shot> clips = task.done() != null ? doneSpans(task.done()) : newSpans(task);
        List<String> ids =
                clips.stream().map(s -> Ids.clip(task.relativePath(), s)).toList();
        VideoContext video = new VideoContext(draft(task.withSpans(clips), ids), task.path(), task.downloaded(), fps);
        if (clips.isEmpty()) {
            out.emit(ClipItem.noClips(video));
        }
        SourceRef source = new SourceRef(
                task.source(),
                task.id(),
                task.probe().width(),
                task.probe().height(),
                task.probe().fps());
        for (int i = 0; i < clips.size(); i++) {
            Shot s = clips.get(i);
            ClipRecord record = folder.hasClipRecord(ids.get(i))
                    ? resumed(folder.readClipRecord(ids.get(i)))
                    : ClipRecord.of(ids.get(i), source, Span.ofFrames(s.start(), s.end(), fps), task.provenance());
            out.emit(new ClipItem(video, i, record, Map.of()));
        }
    }

    private List<Shot> newSpans(VideoTask task) {
        List<Shot> clips = spans.apply(task.split().shots(), task.split().fps());
        return limitClips > 0 && clips.size() > limitClips ? clips.subList(0, limitClips) : clips;
    }

    private List<Shot> doneSpans(InputRecord done) throws IOException {
        List<Shot> out = new ArrayList<>();
        for (String id : done.clipIds()) {
            Span s = folder.readClipRecord(id).span();
            out.add(new Shot(s.startFrame(), s.endFrame()));
        }
        return out;
    }

    private ClipRecord resumed(ClipRecord r) {
        if (!retryFailed) {
            return r;
        }
        ClipRecord out = r;
        for (String key : r.errors().keySet()) {
            out = out.withoutStage(key.substring(0, key.indexOf('.')));
        }
        return out;
    }

    private InputRecord draft(VideoTask task, List<String> clipIds) {
        InputRecord done = task.done();
        SplitInfo split = done != null
                ? done.split()
                : task.split() == null
                        ? null
                        : new SplitInfo(
                                task.split().fps(),
                                task.split().frames(),
                                task.split().shots().size());
        return new InputRecord(
                Schema.VERSION,
                task.id(),
                task.source(),
                task.relativePath(),
                task.probe(),
                split,
                clipIds,
                null,
                task.errors(),
                null,
                task.provenance());
    }
}
