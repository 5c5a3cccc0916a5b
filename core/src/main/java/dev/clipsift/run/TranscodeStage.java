package dev.clipsift.run;

import dev.clipsift.io.Json;
import dev.clipsift.pipeline.Emitter;
import dev.clipsift.pipeline.Resources;
import dev.clipsift.pipeline.Stage;
import dev.clipsift.probe.Prober;
import dev.clipsift.probe.VideoRecord;
import dev.clipsift.split.Shot;
import dev.clipsift.transcode.ClipTranscoder;
import dev.clipsift.transcode.Encoders;
import dev.clipsift.transcode.TranscodeConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Cuts and encodes each clip ({@link ClipTranscoder}) to {@code clips/<id>.mp4}, reads the file back to check
 * it (frame count, codec, pixel format) and writes {@code clips/<id>.json}. A valid clip already in the
 * folder (from an interrupted run) is reused as it is.
 */
final class TranscodeStage implements Stage<ClipTask, ClipTask> {
    private static final long MEMORY_PER_WORKER = 128L << 20;

    private final TranscodeConfig config;
    private final RunFolder folder;
    private final String license;
    private final String provenance;
    private final ClipTranscoder transcoder;
    private final Prober prober = new Prober();

    TranscodeStage(RunConfig run, RunFolder folder) {
        this.config = run.transcode();
        this.folder = folder;
        this.license = run.license();
        this.provenance = run.provenance();
        this.transcoder = new ClipTranscoder(config);
    }

    @Override
    public String name() {
        return "transcode";
    }

    @Override
    public Resources resources() {
        Resources r = Resources.cpu(config.threads()).withMemory(MEMORY_PER_WORKER);
        return "h264_nvenc".equals(config.encoder()) ? r.withGpus(0.25) : r;
    }

    @Override
    public Map<String, Object> describe() {
        return config.describe();
    }

    @Override
    public void setup() {
        Encoders.requireUsable(config.encoder());
    }

    @Override
    public void process(ClipTask task, Emitter<ClipTask> out, BooleanSupplier cancelled) throws Exception {
        if (!task.isClip()) {
            out.emit(task);
            return;
        }
        String id = task.clipId();
        ClipRecord done = existing(id);
        out.emit(task.withRecord(done != null ? done : transcode(task, id, cancelled)));
    }

    private ClipRecord existing(String id) {
        if (!Files.isRegularFile(folder.clipRecord(id)) || !Files.isRegularFile(folder.clipVideo(id))) {
            return null;
        }
        try {
            ClipRecord r = folder.readClipRecord(id);
            return r.valid() ? r : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private ClipRecord transcode(ClipTask task, String id, BooleanSupplier cancelled) throws IOException {
        VideoTask video = task.video();
        double fps = video.split().fps();
        Map<String, String> errors = new TreeMap<>();
        VideoRecord clip = null;
        try {
            ClipTranscoder.Result r = transcoder.transcode(video.path(), task.span(), fps, folder.clipVideo(id), cancelled);
            clip = prober.probe(folder.clipVideo(id));
            verify(r, clip, errors);
        } catch (CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            errors.put("transcode.failed", Messages.oneLine(e));
        }
        ClipRecord record = record(task, id, fps, clip, errors);
        Json.writeAtomically(folder.clipRecord(id), record);
        return record;
    }

    private static void verify(ClipTranscoder.Result r, VideoRecord clip, Map<String, String> errors) {
        if (!clip.ok()) {
            errors.put("transcode.unreadable_output", Messages.oneLine(clip.error()));
        } else if (clip.frames() == null || clip.frames() != r.frames()) {
            errors.put("transcode.frame_count", "wrote " + r.frames() + " frames but the file holds " + clip.frames());
        } else if (!"h264".equals(clip.codec()) || !"yuv420p".equals(clip.pixelFormat())) {
            errors.put("transcode.format", "file is " + clip.codec() + "/" + clip.pixelFormat() + ", not h264/yuv420p");
        }
    }

    private ClipRecord record(ClipTask task, String id, double fps, VideoRecord clip, Map<String, String> errors) {
        VideoTask video = task.video();
        Shot span = task.span();
        boolean ok = clip != null && clip.ok();
        return new ClipRecord(id, video.source(), video.id(),
                List.of(round3(span.start() / fps), round3((span.end() + 1) / fps)),
                List.of(span.start(), span.end()),
                video.probe().width(), video.probe().height(), video.probe().fps(),
                ok ? clip.width() : null, ok ? clip.height() : null, ok ? clip.fps() : null,
                ok ? clip.frames() : null, ok ? clip.durationS() : null,
                ok ? clip.codec() : null, ok ? clip.pixelFormat() : null, config.encoder(),
                ok ? clip.audioCodec() : null, ok ? clip.sizeBytes() : null,
                errors.isEmpty() ? null : errors, errors.isEmpty(), license, provenance);
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
