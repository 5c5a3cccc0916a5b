package dev.clipsift.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.Version;
import dev.clipsift.io.Json;
import dev.clipsift.model.InputRecord;
import dev.clipsift.pipeline.Gpus;
import dev.clipsift.pipeline.MachineFault;
import dev.clipsift.pipeline.PipelineRun;
import dev.clipsift.pipeline.PipelineRunner;
import dev.clipsift.pipeline.RunHandle;
import dev.clipsift.pipeline.RunListener;
import dev.clipsift.pipeline.StageReport;
import dev.clipsift.probe.ProbeCache;
import dev.clipsift.source.S3Settings;
import dev.clipsift.source.Source;
import dev.clipsift.source.SourceItem;
import dev.clipsift.source.Sources;
import dev.clipsift.store.OutputStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A curation run into an output folder: list -> probe -> split -> clip spans -> transcode (the one decode of
 * each clip span) -> the registered families' clip stages -> records, then {@code summary.json}. The pipeline
 * is assembled from the config by iterating the {@link dev.clipsift.engine.FamilyRegistry}. {@link #submit}
 * begins a run, or continues one that makes the same clips (a changed transcode or family section re-runs only
 * those stages); {@link #submitResume} continues from the saved {@code config.json}. Each returns a
 * {@link RunHandle}. Only work without a record is done, so a run killed at any moment and resumed ends with
 * the files an uninterrupted run writes. The input is anything {@link Sources} opens; remote videos are
 * downloaded as the probe stage reaches them. With a remote output (an {@link OutputStore}, e.g. an S3
 * prefix) the folder is a local staging copy, published video by video ({@link RunUploads}).
 */
public final class CurationRun {
    private final RunFolder folder;
    private final Sources sources;
    private final OutputStore remote;
    private final RunOptions options;
    private final RunListener listener;
    private final Consumer<String> warnings;
    private final RunConfigReader reader;

    /** A run of local videos into the folder {@code output}, with the families on the class path. */
    public CurationRun(Path output, int threads, RunListener listener, Consumer<String> warnings) {
        this(
                output,
                null,
                new Sources(S3Settings.defaults(), ProbeCache.defaultDir().resolve("downloads"), warnings),
                RunOptions.threads(threads),
                listener,
                warnings);
    }

    /**
     * A run staged in {@code folder} and published to {@code remote} (null: the folder is the output), reading
     * its input through {@code sources} (which the caller closes).
     */
    public CurationRun(
            Path folder,
            OutputStore remote,
            Sources sources,
            RunOptions options,
            RunListener listener,
            Consumer<String> warnings) {
        this.folder = new RunFolder(folder);
        this.sources = sources;
        this.remote = remote;
        this.options = options;
        this.listener = listener;
        this.warnings = warnings;
        this.reader = new RunConfigReader(options.families());
    }

    public RunFolder folder() {
        return folder;
    }

    /** Where the run's results end up: the folder, or the remote store's location. */
    public String output() {
        return remote != null ? remote.location() : folder.root().toString();
    }

    /**
     * Starts a run with {@code config}, or continues the one in the folder if it makes the same clips. Every
     * stage's settings are validated before anything is written, so a setting that cannot work fails without
     * leaving a run folder behind.
     */
    public RunHandle<RunSummary> submit(RunConfig config) {
        return submit(config, -1);
    }

    /** As {@link #submit(RunConfig)}, knowing that the input holds {@code expectedInputs} videos (for progress and ETA). */
    public RunHandle<RunSummary> submit(RunConfig config, long expectedInputs) {
        return RunTask.start("clipsift-run", task -> begin(reader.complete(config), task, expectedInputs));
    }

    /** Continues the run saved in the folder (or, with a remote output, in the store). */
    public RunHandle<RunSummary> submitResume() {
        return RunTask.start("clipsift-resume", task -> {
            RunUploads uploads = uploads(List.of());
            if (uploads != null) {
                uploads.pullConfig();
            }
            if (!folder.hasConfig()) {
                throw new IllegalArgumentException("no run to resume in " + output() + " (config.json missing)");
            }
            try (RunLock lock = lock()) {
                return execute(reader.read(folder.config()), runId(), task, -1);
            }
        });
    }

    /**
     * Continues the saved run with {@code change} applied to its settings (family sections turned on or
     * changed): only the stages that are new or changed run, on the clips already cut ({@code clipsift score}).
     */
    public RunHandle<RunSummary> submitChanged(UnaryOperator<RunConfig> change) {
        return RunTask.start("clipsift-score", task -> {
            RunUploads uploads = uploads(List.of());
            if (uploads != null) {
                uploads.pullConfig();
            }
            if (!folder.hasConfig()) {
                throw new IllegalArgumentException("no run in " + output() + " (config.json missing)");
            }
            return begin(change.apply(reader.read(folder.config())), task, -1);
        });
    }

    /** {@link #submit} and wait. */
    public RunSummary start(RunConfig config) throws IOException, InterruptedException {
        return RunTask.await(submit(config));
    }

    /** {@link #submitResume} and wait. */
    public RunSummary resume() throws IOException, InterruptedException {
        return RunTask.await(submitResume());
    }

    /**
     * What {@link #submit} does before it runs anything: validates {@code config} and saves it as the run's
     * manifest ({@code config.json}, uploaded with a remote output), or checks it against the run already there.
     * A driver that splits a run into parts ({@link VideoSelection}) calls it once, so every part finds one run.
     * Returns the settings as the run keeps them.
     */
    public RunConfig prepare(RunConfig config) throws Exception {
        RunConfig complete = reader.complete(config);
        manifest(complete, validated(complete));
        return complete;
    }

    private RunSummary begin(RunConfig config, RunTask task, long expectedInputs) throws Exception {
        RunAssembly assembly = validated(config);
        try (RunLock lock = lock()) {
            return execute(config, manifest(config, assembly), task, expectedInputs);
        }
    }

    /** The run's stages for {@code config}, validated (a remote run's saved settings fetched first). */
    private RunAssembly validated(RunConfig config) throws Exception {
        RunUploads uploads = uploads(List.of());
        if (uploads != null) {
            uploads.pullConfig();
        }
        RunAssembly assembly = new RunAssembly(config, folder, options, warnings);
        assembly.validate();
        return assembly;
    }

    /** Locks this run's part of the output (one writer per part), or fails naming the run that holds it. */
    private RunLock lock() throws IOException {
        return RunLock.acquire(folder, remote, options.selection(), output(), warnings);
    }

    /** Saves the manifest, or checks it against the run already in the folder; returns the run id. */
    private String manifest(RunConfig config, RunAssembly assembly) throws IOException {
        String runId;
        if (folder.hasConfig()) {
            RunConfig saved = reader.read(folder.config());
            if (!saved.sameClips(config)) {
                throw new IllegalArgumentException(output() + " holds a run with other settings: "
                        + "use 'clipsift resume " + output() + "' or another output");
            }
            runId = runId();
            if (!saved.equals(config)) {
                writeManifest(runId, config, assembly);
            }
        } else {
            runId = UUID.randomUUID().toString();
            folder.create();
            writeManifest(runId, config, assembly);
        }
        return runId;
    }

    private void writeManifest(String runId, RunConfig config, RunAssembly assembly) throws IOException {
        Json.writeAtomically(folder.config(), RunManifest.of(runId, Version.get(), config, assembly.describe()));
        RunUploads uploads = uploads(List.of());
        if (uploads != null) {
            uploads.putConfig();
        }
    }

    private String runId() throws IOException {
        JsonNode n = Json.mapper().readTree(folder.config().toFile());
        return n.path("run_id").asText(null);
    }

    private RunUploads uploads(List<String> artifacts) {
        return remote != null ? new RunUploads(remote, folder, artifacts) : null;
    }

    private RunSummary execute(RunConfig config, String runId, RunTask task, long expectedInputs)
            throws IOException, InterruptedException {
        RunAssembly assembly = new RunAssembly(config, folder, options, warnings);
        RunUploads uploads = uploads(assembly.artifacts());
        VideoSelection part = options.selection();
        folder.create();
        if (part.isAll()) {
            // another part of a split run may be writing these right now; the summarize step clears them
            folder.removeLeftovers();
            folder.removeOrphans(assembly.artifacts());
        }
        Files.deleteIfExists(folder.summary());
        if (uploads != null) {
            uploads.pullRecords(part);
            uploads.pushPending().forEach(f -> warnings.accept("upload failed, retried at the end: " + f));
        }
        List<Integer> devices = options.gpus() != null ? options.gpus() : Gpus.first(Gpus.count(null));
        int gpus = devices.size();
        PipelineRunner runner = new PipelineRunner(options.threads(), devices, listener);
        AtomicInteger processed = new AtomicInteger();
        DoubleAdder videoS = new DoubleAdder();
        long t0 = System.nanoTime();
        List<StageReport> reports;
        long skipped;
        try (Source source = sources.open(config.input());
                Stream<SourceItem> listing = source.list()) {
            ProbeStage probe = assembly.probe(source, new ResumePlan(assembly.marks(), options.retryFailed()));
            Iterator<SourceItem> it = (config.limit() > 0 ? listing.limit(config.limit()) : listing)
                    .filter(item -> part.includes(Ids.video(source.relativeName(item))))
                    .iterator();
            if (task.isCancelled()) {
                throw new CancellationException();
            }
            PipelineRun run = runner.start(assembly.pipeline(probe, uploads), it, expectedInputs, (InputRecord r) -> {
                processed.incrementAndGet();
                if (r.probe() != null && r.probe().durationS() != null) {
                    videoS.add(r.probe().durationS());
                }
            });
            task.running(run);
            reports = run.result();
            skipped = probe.skipped();
        } catch (CancellationException e) {
            folder.removeOrphans(assembly.artifacts());
            throw new CancellationException("run cancelled; continue it with 'clipsift resume " + output() + "'");
        } catch (ExecutionException e) {
            folder.removeOrphans(assembly.artifacts());
            MachineFault fault = MachineFault.of(e.getCause(), output());
            if (fault != null) {
                // from any stage: an item stage throws it as such, a stage that writes the run's own files (the
                // records, the filter pass) as the I/O error the disk gave it
                throw new RunStopped(fault, output());
            }
            throw (RuntimeException) e.getCause();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        RunSummary.DecodedFrames decoded = new RunSummary.DecodedFrames(
                assembly.split.decodedFrames(), assembly.transcode.spanFrames(), assembly.transcode.prerollFrames());
        List<RunSummary.ScorerStat> scorers = assembly.families.stream()
                .map(st -> RunSummary.ScorerStat.of(st.name(), st.cost()))
                .toList();
        RunSummary.Session session = SummaryBuilder.session(
                options.threads(), gpus, wall, processed.get(), (int) skipped, videoS.sum(), decoded, reports, scorers);
        if (!part.isAll()) {
            return RunEnd.part(assembly, folder, uploads, part, output(), runId, config, session);
        }
        return RunEnd.whole(assembly, folder, uploads, task::isCancelled, listener, output(), runId, config, session);
    }
}
