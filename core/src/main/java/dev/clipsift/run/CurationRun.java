package dev.clipsift.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.Version;
import dev.clipsift.io.Json;
import dev.clipsift.pipeline.Pipeline;
import dev.clipsift.pipeline.PipelineRunner;
import dev.clipsift.pipeline.RunListener;
import dev.clipsift.pipeline.Stage;
import dev.clipsift.source.LocalLister;
import dev.clipsift.split.ShotSplitters;
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
 * writes.
 */
public final class CurationRun {
    private final RunFolder folder;
    private final PipelineRunner runner;
    private final int threads;
    private final Consumer<String> warnings;

    public CurationRun(Path output, int threads, RunListener listener, Consumer<String> warnings) {
        this.folder = new RunFolder(output);
        this.threads = threads;
        this.runner = new PipelineRunner(threads, 1, listener);
        this.warnings = warnings;
    }

    public RunFolder folder() {
        return folder;
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
        if (folder.hasConfig()) {
            RunConfig saved = Json.read(folder.config(), RunConfig.class);
            if (!saved.equals(config)) {
                throw new IllegalArgumentException(folder.root() + " holds a run with other settings: "
                        + "use 'clipsift resume " + folder.root() + "' or another output folder");
            }
            return execute(config, runId());
        }
        String runId = UUID.randomUUID().toString();
        Pipeline<Path, InputRecord> pipeline = pipeline(config);
        check(pipeline);
        folder.create();
        ObjectNode manifest = Json.mapper().valueToTree(config);
        manifest.put("run_id", runId);
        manifest.put("tool_version", Version.get());
        manifest.set("stages", Json.mapper().valueToTree(pipeline.describe()));
        Json.writeAtomically(folder.config(), manifest);
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

    /** Continues the run saved in the folder. */
    public RunSummary resume() throws IOException, InterruptedException {
        if (!folder.hasConfig()) {
            throw new IllegalArgumentException("no run to resume in " + folder.root() + " (config.json missing)");
        }
        return execute(Json.read(folder.config(), RunConfig.class), runId());
    }

    private String runId() throws IOException {
        return Json.mapper().readTree(folder.config().toFile()).path("run_id").asText(null);
    }

    private Pipeline<Path, InputRecord> pipeline(RunConfig config) {
        return pipeline(config, new ProbeStage(inputRoot(config), folder));
    }

    private Pipeline<Path, InputRecord> pipeline(RunConfig config, ProbeStage probe) {
        return Pipeline.of(probe)
                .then(new SplitStage(ShotSplitters.create(config.splitting())))
                .then(new SpanStage(config.clips(), config.limitClips()))
                .then(new TranscodeStage(config.transcode(), folder))
                .then(new RecordStage(folder));
    }

    private static Path inputRoot(RunConfig config) {
        Path in = Path.of(config.input());
        return Files.isRegularFile(in) ? in.toAbsolutePath().getParent() : in.toAbsolutePath();
    }

    private RunSummary execute(RunConfig config, String runId) throws IOException, InterruptedException {
        folder.create();
        folder.removeLeftovers();
        Files.deleteIfExists(folder.summary());
        ProbeStage probe = new ProbeStage(inputRoot(config), folder);
        Pipeline<Path, InputRecord> pipeline = pipeline(config, probe);
        AtomicInteger processed = new AtomicInteger();
        DoubleAdder videoS = new DoubleAdder();
        long t0 = System.nanoTime();
        List<dev.clipsift.pipeline.StageReport> reports;
        try (Stream<Path> listing = new LocalLister(warnings).list(Path.of(config.input()).toAbsolutePath())) {
            Stream<Path> inputs = config.limit() > 0 ? listing.limit(config.limit()) : listing;
            Iterator<Path> it = inputs.iterator();
            reports = runner.run(pipeline, it, r -> {
                processed.incrementAndGet();
                if (r.probe() != null && r.probe().durationS() != null) {
                    videoS.add(r.probe().durationS());
                }
            });
        } catch (CancellationException e) {
            throw new CancellationException("run cancelled; continue it with 'clipsift resume " + folder.root() + "'");
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        RunSummary summary = SummaryBuilder.build(folder, runId, config.input(),
                SummaryBuilder.session(threads, wall, processed.get(), (int) probe.skipped(), videoS.sum(), reports));
        Json.writeAtomically(folder.summary(), summary);
        return summary;
    }
}
