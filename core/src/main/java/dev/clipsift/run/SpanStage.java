package dev.clipsift.run;

import dev.clipsift.pipeline.Emitter;
import dev.clipsift.pipeline.Stage;
import dev.clipsift.split.ClipSpans;
import dev.clipsift.split.Shot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Turns shots into clip spans ({@link ClipSpans}) and hands each clip on as its own item, so the clips of one
 * long video are transcoded in parallel. A video without clips goes on as one item with no span.
 */
final class SpanStage implements Stage<VideoTask, ClipTask> {
    private final ClipSpans spans;
    private final int limitClips;

    SpanStage(ClipSpans spans, int limitClips) {
        this.spans = spans;
        this.limitClips = limitClips;
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
    public void process(VideoTask task, Emitter<ClipTask> out, BooleanSupplier cancelled) throws InterruptedException {
        if (task.failed()) {
            out.emit(new ClipTask(task, 0, null, null));
            return;
        }
        List<Shot> clips = spans.apply(task.split().shots(), task.split().fps());
        if (limitClips > 0 && clips.size() > limitClips) {
            clips = clips.subList(0, limitClips);
        }
        VideoTask withSpans = task.withSpans(clips);
        if (clips.isEmpty()) {
            out.emit(new ClipTask(withSpans, 0, null, null));
        }
        for (int i = 0; i < clips.size(); i++) {
            out.emit(new ClipTask(withSpans, i, clips.get(i), null));
        }
    }
}
