package dev.clipsift.run;

import dev.clipsift.io.Json;
import dev.clipsift.pipeline.RunListener;
import dev.clipsift.source.Source;
import dev.clipsift.source.SourceItem;
import dev.clipsift.source.Sources;
import dev.clipsift.store.OutputStore;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Ends a run that was split into parts ({@link VideoSelection}: {@code --shard I/N} processes, Spark tasks):
 * lists the input again, finds the videos and shards that have no record yet, and, when none is missing, runs
 * what a whole run does at its end over the whole output ({@link RunEnd#whole}: the filter pass, the families'
 * passes such as dedup and shards, {@code summary.json}, uploaded with a remote output). Its {@code session}
 * adds up the parts' sessions ({@code partitions/<part>.json}). {@code clipsift summarize} and the Spark driver
 * both end a run through it. Safe to repeat: it rewrites the same summary.
 */
public final class RunSummarizer {
    private static final Pattern SHARD = Pattern.compile("shard-\\d+-of-(\\d+)");

    private final RunFolder folder;
    private final @Nullable OutputStore remote;
    private final Sources sources;
    private final RunOptions options;
    private final RunListener listener;
    private final Consumer<String> warnings;
    private final RunConfigReader reader;

    /**
     * The run in {@code folder} (with a remote output: its local staging copy, published to {@code remote}),
     * whose input is read through {@code sources} (closed by the caller).
     */
    public RunSummarizer(
            Path folder,
            @Nullable OutputStore remote,
            Sources sources,
            RunOptions options,
            RunListener listener,
            Consumer<String> warnings) {
        this.folder = new RunFolder(folder);
        this.remote = remote;
        this.sources = sources;
        this.options = options;
        this.listener = listener;
        this.warnings = warnings;
        this.reader = new RunConfigReader(options.families());
    }

    /**
     * What summarizing found: the merged summary (null when something is missing or still running, and then
     * nothing was written), the listed videos without a record (as shown in records: a path or URL), the shards
     * ({@code I/N}, of the largest {@code N} any shard ran with) that have not finished or hold a missing video,
     * and the parts that a live run holds now (part name and holder).
     */
    public record Merged(
            @Nullable RunSummary summary,
            List<String> missingVideos,
            List<String> missingShards,
            List<String> running) {
        public boolean complete() {
            return summary != null;
        }
    }

    /** Checks the run and, when every listed video is done, ends it. */
    public Merged summarize() throws IOException {
        String output = remote != null ? remote.location() : folder.root().toString();
        if (remote != null) {
            new RunUploads(remote, folder, List.of()).pullConfig();
        }
        if (!folder.hasConfig()) {
            throw new IllegalArgumentException("no run in " + output + " (config.json missing)");
        }
        List<String> running = RunLock.held(folder, remote).entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue().describe() + ")")
                .toList();
        RunConfig config = reader.read(folder.config());
        RunAssembly assembly = new RunAssembly(config, folder, options, warnings);
        RunUploads uploads = remote != null ? new RunUploads(remote, folder, assembly.artifacts()) : null;
        folder.create();
        if (uploads != null) {
            uploads.pullRecords(VideoSelection.all());
            uploads.pullPartitions();
        }
        Map<String, RunSummary> parts = parts();
        int shards = parts.keySet().stream()
                .mapToInt(RunSummarizer::shardCount)
                .max()
                .orElse(0);
        Set<Integer> missingShards = new TreeSet<>();
        for (int i = 0; i < shards; i++) {
            if (!parts.containsKey(VideoSelection.shard(i, shards).name())) {
                missingShards.add(i);
            }
        }
        List<String> missingVideos = new ArrayList<>();
        Set<String> done = new HashSet<>(folder.doneIds());
        try (Source source = sources.open(config.input());
                Stream<SourceItem> listing = source.list()) {
            Iterable<SourceItem> items = (config.limit() > 0 ? listing.limit(config.limit()) : listing)::iterator;
            for (SourceItem item : items) {
                String id = Ids.video(source.relativeName(item));
                if (!done.contains(id)) {
                    missingVideos.add(item.path());
                    if (shards > 0) {
                        missingShards.add(VideoSelection.shardOf(id, shards));
                    }
                }
            }
        }
        List<String> shardNames =
                missingShards.stream().map(i -> i + "/" + shards).toList();
        if (!missingVideos.isEmpty() || !shardNames.isEmpty() || !running.isEmpty()) {
            return new Merged(null, missingVideos, shardNames, running);
        }
        try (RunLock lock = RunLock.acquire(folder, remote, VideoSelection.all(), output, warnings)) {
            return new Merged(end(config, assembly, uploads, parts, output), List.of(), List.of(), List.of());
        }
    }

    private RunSummary end(
            RunConfig config,
            RunAssembly assembly,
            @Nullable RunUploads uploads,
            Map<String, RunSummary> parts,
            String output)
            throws IOException {
        RunSummary.Session before = Files.isRegularFile(folder.summary())
                ? Json.read(folder.summary(), RunSummary.class).session()
                : null;
        folder.removeLeftovers();
        folder.removeOrphans(assembly.artifacts());
        return RunEnd.whole(
                assembly,
                folder,
                uploads,
                () -> false,
                listener,
                output,
                Json.mapper().readTree(folder.config().toFile()).path("run_id").asText(""),
                config,
                parts.isEmpty() && before != null ? before : SummaryBuilder.merged(List.copyOf(parts.values())));
    }

    /** The records of the finished parts, by part name. */
    private Map<String, RunSummary> parts() throws IOException {
        Map<String, RunSummary> parts = new TreeMap<>();
        if (!Files.isDirectory(folder.partitions())) {
            return parts;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder.partitions(), "*.json")) {
            for (Path p : ds) {
                String name = p.getFileName().toString().replaceFirst("\\.json$", "");
                parts.put(name, Json.read(p, RunSummary.class));
            }
        }
        return parts;
    }

    /** {@code N} of a part named {@code shard-I-of-N}, 0 for any other part. */
    private static int shardCount(String part) {
        Matcher m = SHARD.matcher(part);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }
}
