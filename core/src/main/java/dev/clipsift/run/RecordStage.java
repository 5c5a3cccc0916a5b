package dev.clipsift.run;

import dev.clipsift.engine.ClipItem;
import dev.clipsift.engine.ClipStage;
import dev.clipsift.engine.FilterPolicy;
import dev.clipsift.engine.VideoContext;
import dev.clipsift.model.ClipCounts;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.InputRecord;
import dev.clipsift.pipeline.Emitter;
import dev.clipsift.pipeline.Resources;
import dev.clipsift.pipeline.Stage;
import dev.clipsift.pipeline.StageContext;
import dev.clipsift.pipeline.Worker;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one place records are written. Each clip's record is written as the clip arrives (so a killed run keeps
 * the stages it finished on it); once all clips of a video are in (in any order), {@code videos/<id>.json}
 * is written: the mark that the video is done for this run's clip stages ({@code stages}). One worker, so no
 * video is written twice. A downloaded copy of the video is then deleted, so a run over a remote source
 * keeps little on disk.
 */
final class RecordStage implements Stage<ClipItem, InputRecord> {
    private final RunFolder folder;
    private final Map<String, String> marks;
    private final Map<String, ClipStage> families = new HashMap<>();
    private final FilterPolicy policy;

    /**
     * @param marks every clip stage of the run -> its fingerprint: a video record holds each one that is done on
     *     the video
     * @param families the families' clip stages: done on a video once they finished on every valid clip they want
     * @param policy the run's filters, applied to each clip before its record is written
     */
    RecordStage(RunFolder folder, Map<String, String> marks, List<ClipStage> families, FilterPolicy policy) {
        this.folder = folder;
        this.marks = Map.copyOf(marks);
        families.forEach(s -> this.families.put(s.name(), s));
        this.policy = policy;
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
    public Worker<ClipItem, InputRecord> open(StageContext context) {
        Map<String, List<ClipItem>> pending = new HashMap<>();
        return (batch, out) -> {
            for (ClipItem item : batch) {
                gather(pending, item, out);
            }
        };
    }

    private void gather(Map<String, List<ClipItem>> pending, ClipItem item, Emitter<InputRecord> out)
            throws IOException, InterruptedException {
        VideoContext video = item.video();
        if (item.isClip()) {
            item = item.withRecord(policy.apply(item.record(), null));
            folder.writeClipRecord(item.record());
        }
        int expected = Math.max(1, video.draft().clipIds().size());
        List<ClipItem> got = pending.computeIfAbsent(video.id(), k -> new ArrayList<>());
        got.add(item.withFrames(Map.of()));
        if (got.size() < expected) {
            return;
        }
        pending.remove(video.id());
        InputRecord record = record(video, got);
        folder.writeVideoRecord(record);
        if (video.downloaded() && video.file() != null) {
            Files.deleteIfExists(video.file());
        }
        out.emit(record);
    }

    /**
     * The stages done on the video: the family stages that left their mark on every valid clip that they want,
     * and the others. A stage that left work unfinished on a clip (a caption still pending) is missing, so a
     * resume takes the video up again.
     */
    private Map<String, String> marks(List<ClipRecord> clips) {
        Map<String, String> done = new LinkedHashMap<>();
        marks.forEach((name, mark) -> {
            ClipStage s = families.get(name);
            if (s == null
                    || clips.stream()
                            .filter(ClipRecord::valid)
                            .allMatch(c -> !s.wants(c) || mark.equals(c.stageMark(name)))) {
                done.put(name, mark);
            }
        });
        return done;
    }

    private InputRecord record(VideoContext video, List<ClipItem> items) {
        List<ClipRecord> clips = items.stream()
                .filter(ClipItem::isClip)
                .sorted(Comparator.comparingInt(ClipItem::index))
                .map(ClipItem::record)
                .toList();
        List<ClipRecord> failed = clips.stream().filter(c -> !c.valid()).toList();
        InputRecord draft = video.draft();
        Map<String, String> errors = new TreeMap<>(draft.errors());
        if (!failed.isEmpty()) {
            ClipRecord first = failed.get(0);
            errors.put(
                    "clips.failed",
                    failed.size() + " of " + clips.size() + " clips failed; clip " + first.id() + ": "
                            + first.errors().values().iterator().next());
        }
        ClipCounts counts = ClipCounts.of(clips);
        return new InputRecord(
                draft.schemaVersion(),
                draft.id(),
                draft.sourceVideo(),
                draft.relativePath(),
                draft.probe(),
                draft.split(),
                draft.clipIds(),
                counts,
                errors,
                draft.failedItself() ? null : marks(clips),
                draft.provenance());
    }
}
