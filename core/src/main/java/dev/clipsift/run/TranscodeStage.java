package dev.clipsift.run;

import dev.clipsift.engine.ClipItem;
import dev.clipsift.engine.ClipStage;
import dev.clipsift.engine.Fingerprint;
import dev.clipsift.engine.FrameNeed;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.Crop;
import dev.clipsift.model.MediaInfo;
import dev.clipsift.model.Span;
import dev.clipsift.pipeline.ItemFailure;
import dev.clipsift.pipeline.ItemStage;
import dev.clipsift.pipeline.MachineFault;
import dev.clipsift.pipeline.OneLine;
import dev.clipsift.pipeline.Resources;
import dev.clipsift.pipeline.StageContext;
import dev.clipsift.probe.Prober;
import dev.clipsift.probe.VideoRecord;
import dev.clipsift.split.Shot;
import dev.clipsift.transcode.ClipTranscoder;
import dev.clipsift.transcode.CroppedFrame;
import dev.clipsift.transcode.Encoders;
import dev.clipsift.transcode.SpanReader;
import dev.clipsift.transcode.TranscodeConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one decode of each clip span. It cuts and encodes the clip ({@link ClipTranscoder}) to
 * {@code clips/<id>.mp4} and reads the file back to check it (frame count, codec, pixel format), and, from
 * the same decoded frames, samples what every later pixel-reading stage still pending on the clip declared
 * ({@link FrameNeed}). The clip's black bars are cropped (its record's {@code crop}), and later stages get the
 * cropped picture. A clip encoded in an earlier session with the same settings is not encoded again; its span is
 * decoded only when a later stage still needs frames, and then without encoding, cropped as its record says.
 * Counts the frames it decodes, so the summary shows one decode per clip span.
 */
final class TranscodeStage extends ItemStage<ClipItem> {
    static final String NAME = "transcode";
    private static final long MEMORY_PER_WORKER = 128L << 20;
    /** What a worker may hold while it finds a clip's black bars (ClipTranscoder's lookahead). */
    private static final long LOOKAHEAD_MEMORY = 256L << 20;

    private final TranscodeConfig config;
    private final RunFolder folder;
    private final List<ClipStage> readers;
    private final String mark;
    private final AtomicLong spanFrames = new AtomicLong();
    private final AtomicLong prerollFrames = new AtomicLong();

    /** @param readers the later stages that read pixels (those with a {@link ClipStage#frameNeed}) */
    TranscodeStage(TranscodeConfig config, RunFolder folder, List<ClipStage> readers) {
        this.config = config;
        this.folder = folder;
        this.readers = readers.stream().filter(s -> s.frameNeed() != null).toList();
        this.mark = Fingerprint.of(describe());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Resources resources() {
        Resources r = Resources.cpu(config.threads())
                .withMemory(MEMORY_PER_WORKER + (config.cropBlackBars() ? LOOKAHEAD_MEMORY : 0));
        return Encoders.NVENC.equals(config.encoder()) ? r.withGpus(0.25) : r;
    }

    @Override
    public Map<String, Object> describe() {
        return config.describe();
    }

    /** What it writes per clip. */
    List<String> artifacts() {
        return List.of("mp4");
    }

    String fingerprint() {
        return mark;
    }

    /** Frames decoded inside clip spans, and before them (from the seek point), in this session. */
    long spanFrames() {
        return spanFrames.get();
    }

    long prerollFrames() {
        return prerollFrames.get();
    }

    @Override
    public void validate() {
        Encoders.requireUsable(config.encoder());
    }

    private boolean encodePending(ClipItem item) {
        return !mark.equals(item.record().stageMark(NAME));
    }

    private List<FrameNeed> needs(ClipItem item) {
        return readers.stream()
                .filter(s -> s.pending(item))
                .map(ClipStage::frameNeed)
                .distinct()
                .toList();
    }

    @Override
    protected boolean skip(ClipItem item) {
        return !item.isClip()
                || item.failed()
                || !encodePending(item) && needs(item).isEmpty();
    }

    @Override
    protected ItemWorker<ClipItem> openItems(StageContext context) {
        // a GPU worker (NVENC) encodes on the GPU the runner gave it
        ClipTranscoder transcoder = new ClipTranscoder(
                config, context.device().isGpu() ? context.device().index() : null);
        SpanReader reader = new SpanReader(config.threads());
        Prober prober = new Prober();
        return item -> {
            Span span = item.record().span();
            Shot shot = new Shot(span.startFrame(), span.endFrame());
            double fps = item.video().fps();
            FrameFanOut fan = new FrameFanOut(needs(item), span.startFrame(), shot.frames(), fps);
            try {
                ClipRecord record = item.record();
                SpanReader.Decoded decoded;
                if (encodePending(item)) {
                    ClipTranscoder.Result r = transcoder.transcode(
                            item.video().file(),
                            shot,
                            fps,
                            folder.clipVideo(record.id()),
                            context.cancelled(),
                            fan::accept);
                    record = record.withMedia(verified(r, prober.probe(folder.clipVideo(record.id()))))
                            .withCrop(r.crop())
                            .withStage(NAME, mark);
                    decoded = r.decoded();
                } else {
                    Crop crop = record.crop();
                    decoded = reader.read(item.video().file(), shot, fps, false, context.cancelled(), (frame, k) -> {
                        fan.accept(crop == null ? frame : CroppedFrame.of(frame, crop), k);
                        return k < shot.frames() - 1;
                    });
                }
                spanFrames.addAndGet(decoded.inSpan());
                prerollFrames.addAndGet(decoded.beforeSpan());
                return item.withRecord(record).withFrames(fan.frames());
            } catch (IOException e) {
                if (!Files.isDirectory(folder.clips())) {
                    throw new MachineFault(
                            MachineFault.Kind.OUTPUT_GONE, folder.root().toString(), e);
                }
                throw e;
            }
        };
    }

    private MediaInfo verified(ClipTranscoder.Result r, VideoRecord clip) throws ItemFailure {
        if (!clip.ok()) {
            throw new ItemFailure("unreadable_output", OneLine.of(clip.error()));
        }
        if (clip.frames() == null || clip.frames() != r.frames()) {
            throw new ItemFailure("frame_count", "wrote " + r.frames() + " frames but the file holds " + clip.frames());
        }
        if (!"h264".equals(clip.codec()) || !"yuv420p".equals(clip.pixelFormat())) {
            throw new ItemFailure(
                    "format", "file is " + clip.codec() + "/" + clip.pixelFormat() + ", not h264/yuv420p");
        }
        return new MediaInfo(
                clip.width(),
                clip.height(),
                clip.fps(),
                clip.frames(),
                clip.durationS(),
                clip.codec(),
                clip.pixelFormat(),
                config.encoder(),
                clip.audioCodec(),
                clip.sizeBytes());
    }
}
