package dev.clipsift.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.Version;
import dev.clipsift.io.Json;
import dev.clipsift.pipeline.Pipeline;
import dev.clipsift.pipeline.PipelineRunner;
import dev.clipsift.pipeline.RunListener;
import dev.clipsift.pipeline.Stage;
import dev.clipsift.pipeline.StageReport;
import dev.clipsift.probe.ProbeCache;
import dev.clipsift.source.S3Settings;
import dev.clipsift.source.Source;
import dev.clipsift.source.SourceItem;
import dev.clipsift.source.Sources;
import dev.clipsift.split.ShotSplitters;
import dev.clipsift.store.OutputStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A curation run into an output folder: list -> probe -> split -> clip spans -> transcode -> records, then
 * {@code summary.json}. {@link #start} begins a run (or continues one with the same settings);
 * {@link #resume} continues a run from its saved {@code config.json}. Either way only videos without a
 * record are processed, so a run killed at any moment and resumed ends with the files an uninterrupted run
 * writes. The input is anything {@link Sources} opens (a folder, {@code s3://bucket/prefix}, {@code urls:FILE});
 * remote videos are downloaded one by one as the probe stage reaches them. With a remote output (an
 * {@link OutputStore}, e.g. an S3 prefix) the folder is a local staging copy: each finished video is
 * uploaded as it completes (see {@link RunUploads}), {@code config.json} at the start, {@code summary.json}
 * at the end.
 */
public final class CurationRun {
    private final RunFolder folder;
    private final Sources sources;
    private final RunUploads uploads;
    private final PipelineRunner runner;
    private final int threads;
    private final Consumer<String> warnings;

    /** A run of local videos into the folder {@code output}. */
    public CurationRun(Path output, int threads, RunListener listener, Consumer<String> warnings) {
        this(output, null, new Sources(S3Settings.defaults(), ProbeCache.defaultDir().resolve("downloads"), warnings),
                threads, listener, warnings);
    }

    /**
     * A run staged in {@code folder} and published to {@code remote} (null: the folder is the output), reading
     * its input through {@code sources} (which the caller closes).
     */
    public CurationRun(Path folder, OutputStore remote, Sources sources, int threads, RunListener listener,
            Consumer<String> warnings) {
        this.folder = new RunFolder(folder);
        this.sources = sources;
        this.uploads = remote != null ? new RunUploads(remote, this.folder) : null;
        this.threads = threads;
        this.runner = new PipelineRunner(threads, 1, listener);
        this.warnings = warnings;
    }

    public RunFolder folder() {
        return folder;
    }

    /** Where the run's results end up: the folder, or the remote store's location. */
    public String output() {
        return uploads != null ? uploads.location() : folder.root().toString();
    }

    /** Stops the run: workers finish their current clip, nothing half-written stays. */
    public void cancel() {
        runner.cancel();
    }

    /**
     * Starts a run with {@code config}, or continues the one in the folder if its settings are the same. Every
     * stage is set up once before anything is written, so a setting that cannot work (an encoder missing
     * from this build) fails without leaving a run folder behind.
     */
    public RunSummary start(RunConfig config) throws IOException, InterruptedException {
        if (uploads != null) {
            uploads.pullConfig();
        }
        if (folder.hasConfig()) {
            RunConfig saved = Json.read(folder.config(), RunConfig.class);
            if (!saved.equals(config)) {
                throw new IllegalArgumentException(output() + " holds a run with other settings: "
                        + "use 'clipsift resume " + output() + "' or another output");
            }
            return execute(config, runId());
        }
        String runId = UUID.randomUUID().toString();
        Pipeline<SourceItem, InputRecord> pipeline;
        try (Source source = sources.open(config.input())) {
            pipeline = pipeline(config, new ProbeStage(source, folder));
            check(pipeline);
        }
        folder.create();
        ObjectNode manifest = Json.mapper().valueToTree(config);
        manifest.put("run_id", runId);
        manifest.put("tool_version", Version.get());
        manifest.set("stages", Json.mapper().valueToTree(pipeline.describe()));
        Json.writeAtomically(folder.config(), manifest);
        if (uploads != null) {
            uploads.putConfig();
        }
        return execute(config, runId);
    }

    private static void check(Pipeline<?, ?> pipeline) throws IOException {
        for (Stage<?, ?> s : pipeline.stages()) {
            try {
                s.setup();
                s.close();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(s.name() + ": " + e.getMessage(), e);
            }
        }
    }

    /** Continues the run saved in the folder (or, with a remote output, in the store). */
    public RunSummary resume() throws IOException, InterruptedException {
        if (uploads != null) {
            uploads.pullConfig();
        }
        if (!folder.hasConfig()) {
            throw new IllegalArgumentException("no run to resume in " + output() + " (config.json missing)");
        }
        return execute(Json.read(folder.config(), RunConfig.class), runId());
    }

    private String runId() throws IOException {
        return Json.mapper().readTree(folder.config().toFile()).path("run_id").asText(null);
    }

    private Pipeline<SourceItem, InputRecord> pipeline(RunConfig config, ProbeStage probe) {
        Pipeline<SourceItem, InputRecord> p = Pipeline.of(probe)
                .then(new SplitStage(ShotSplitters.create(config.splitting())))
                .then(new SpanStage(config.clips(), config.limitClips()))
                .then(new TranscodeStage(config, folder))
                .then(new RecordStage(folder, config));
        return uploads != null ? p.then(new UploadStage(uploads, warnings)) : p;
    }

    private RunSummary execute(RunConfig config, String runId) throws IOException, InterruptedException {
        folder.create();
        folder.removeLeftovers();
        Files.deleteIfExists(folder.summary());
        if (uploads != null) {
            uploads.pullRecords();
            uploads.pushPending().forEach(f -> warnings.accept("upload failed, retried at the end: " + f));
        }
        AtomicInteger processed = new AtomicInteger();
        DoubleAdder videoS = new DoubleAdder();
        long t0 = System.nanoTime();
        List<StageReport> reports;
        long skipped;
        try (Source source = sources.open(config.input()); Stream<SourceItem> listing = source.list()) {
            ProbeStage probe = new ProbeStage(source, folder);
            Stream<SourceItem> inputs = config.limit() > 0 ? listing.limit(config.limit()) : listing;
            Iterator<SourceItem> it = inputs.iterator();
            reports = runner.run(pipeline(config, probe), it, r -> {
                processed.incrementAndGet();
                if (r.probe() != null && r.probe().durationS() != null) {
                    videoS.add(r.probe().durationS());
                }
            });
            skipped = probe.skipped();
        } catch (CancellationException e) {
            throw new CancellationException("run cancelled; continue it with 'clipsift resume " + output() + "'");
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        RunSummary summary = SummaryBuilder.build(folder, runId, config,
                SummaryBuilder.session(threads, wall, processed.get(), (int) skipped, videoS.sum(), reports));
        Json.writeAtomically(folder.summary(), summary);
        if (uploads != null) {
            List<String> failed = uploads.pushPending();
            if (!failed.isEmpty()) {
                throw new IOException(failed.size() + " finished videos could not be uploaded to " + output()
                        + " (they are kept in " + folder.root() + "; 'clipsift resume' uploads them): " + failed.get(0));
            }
            uploads.putSummary();
        }
        return summary;
    }
}
