package dev.clipsift.run;

import dev.clipsift.io.Json;
import dev.clipsift.pipeline.Emitter;
import dev.clipsift.pipeline.Resources;
import dev.clipsift.pipeline.Stage;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * Gathers each video's clips as they arrive (in any order) and, once all are in, writes {@code
 * videos/<id>.json}: the mark that the video is done. One worker, so no video is written twice. A
 * downloaded copy of the video is then deleted, so a run over a remote source keeps little on disk.
 */
final class RecordStage implements Stage<ClipTask, InputRecord> {
    private final RunFolder folder;
    private final RunConfig config;
    private final Map<String, List<ClipTask>> pending = new HashMap<>();

    RecordStage(RunFolder folder, RunConfig config) {
        this.folder = folder;
        this.config = config;
    }

    @Override
    public String name() {
        return "records";
    }

    @Override
    public Resources resources() {
        return Resources.single();
    }

    @Override
    public void process(ClipTask task, Emitter<InputRecord> out, BooleanSupplier cancelled) throws Exception {
        VideoTask video = task.video();
        int expected = Math.max(1, video.spans().size());
        List<ClipTask> got = pending.computeIfAbsent(video.id(), k -> new ArrayList<>());
        got.add(task);
        if (got.size() < expected) {
            return;
        }
        pending.remove(video.id());
        InputRecord record = record(video, got);
        Json.writeAtomically(folder.videoRecord(video.id()), record);
        if (video.downloaded() && video.path() != null) {
            Files.deleteIfExists(video.path());
        }
        out.emit(record);
    }

    private InputRecord record(VideoTask video, List<ClipTask> tasks) {
        List<ClipTask> clips = tasks.stream().filter(ClipTask::isClip).sorted(Comparator.comparingInt(ClipTask::index)).toList();
        List<ClipTask> failed = clips.stream().filter(c -> !c.record().valid()).toList();
        Map<String, String> errors = new TreeMap<>(video.errors());
        if (!failed.isEmpty()) {
            ClipRecord first = failed.get(0).record();
            errors.put("clips.failed", failed.size() + " of " + clips.size() + " clips failed; clip " + first.id() + ": "
                    + first.errors().values().iterator().next());
        }
        var split = video.split();
        return new InputRecord(video.id(), video.source(), video.relativePath(), video.probe(),
                split != null ? split.fps() : null, split != null ? split.frames() : null,
                split != null ? split.shots().size() : null,
                clips.size(), clips.size() - failed.size(), failed.size(),
                clips.stream().map(c -> c.record().id()).toList(),
                errors.isEmpty() ? null : errors, errors.isEmpty(), config.license(), config.provenance());
    }
}
