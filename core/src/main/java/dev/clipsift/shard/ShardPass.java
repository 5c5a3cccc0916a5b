package dev.clipsift.shard;

import dev.clipsift.engine.RunPass;
import dev.clipsift.engine.RunRecords;
import dev.clipsift.io.Json;
import dev.clipsift.model.Caption;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.MediaInfo;
import dev.clipsift.model.Schema;
import dev.clipsift.model.ShardRef;
import dev.clipsift.model.Status;
import dev.clipsift.source.S3Location;
import dev.clipsift.source.S3Settings;
import dev.clipsift.source.SafePaths;
import dev.clipsift.store.OutputStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Packs the run's kept clips into WebDataset shards and writes the manifest: reads every clip record, lays the
 * samples out by the sizes their records give ({@link Packing}, {@link ShardLayout}), writes each tar whose
 * content changed since the last time (the index keeps each tar's fingerprint; unchanged tars are left alone and
 * their videos not even read), removes the tars of an earlier layout that this one no longer has, then writes
 * {@code manifest.parquet} and {@code index.json}, and last notes in each clip record its shard, key and offset
 * (only where they changed). A clip that should go in but cannot (its video file is missing or not the size its
 * record says, its picture size unknown) is left out with why, in the index and the manifest; the pass goes on. Its
 * summary counts samples, tars (written, unchanged, removed), bytes, and the seconds spent writing tars
 * ({@code tar_s}: committed, i.e. synced and renamed or uploaded) and the manifest ({@code manifest_s}).
 */
final class ShardPass implements RunPass {
    static final String MANIFEST = "manifest.parquet";
    private static final String IN_RUN = "shards";

    private final ShardConfig config;

    ShardPass(ShardConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "shard";
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("output", config.output() == null ? IN_RUN + "/" : config.output());
        d.put("target_size_mb", config.targetSizeMb());
        d.put("tars_per_part", config.tarsPerPart());
        d.put("caption_version", config.captionVersion() == null ? "newest ok" : config.captionVersion());
        d.put("include_filtered", config.includeFiltered());
        return d;
    }

    @Override
    public void validate() throws IOException {
        String out = config.output();
        if (out != null && !S3Location.isS3(out)) {
            Path dir = Files.createDirectories(Path.of(out));
            if (!Files.isWritable(dir)) {
                throw new IOException("shard output " + dir + " is not writable");
            }
        }
    }

    @Override
    public Map<String, Object> run(RunRecords run) throws Exception {
        try (ShardTarget target = open(run)) {
            return pack(run, target);
        }
    }

    private Map<String, Object> pack(RunRecords run, ShardTarget target) throws Exception {
        ShardIndex previous = previous(target);
        List<Entry> entries = collect(run);
        List<Sample> candidates =
                entries.stream().map(Entry::sample).filter(Objects::nonNull).toList();
        Packing packing = Packing.of(candidates, config, previous, target, run);
        Map<String, ShardRef> refs = new HashMap<>();
        List<ShardIndex.Tar> tars = new ArrayList<>();
        int samples =
                packing.layout().stream().mapToInt(t -> t.samples().size()).sum();
        long done = 0;
        long tarNanos = 0;
        for (PlannedShard shard : packing.layout()) {
            checkCancelled(run);
            if (!packing.unchanged().contains(shard.name())) {
                long t0 = System.nanoTime();
                Path tmp = target.temp(shard.name());
                shard.writeTo(tmp, packing.videos());
                target.commit(tmp, shard.name());
                tarNanos += System.nanoTime() - t0;
            }
            List<Long> offsets = shard.offsets();
            for (int i = 0; i < shard.samples().size(); i++) {
                String key = shard.samples().get(i).key();
                refs.put(key, new ShardRef(shard.name(), key, offsets.get(i)));
            }
            tars.add(new ShardIndex.Tar(shard.name(), shard.samples().size(), shard.bytes(), shard.fingerprint()));
            done += shard.samples().size();
            run.progress(done, samples);
        }
        int removed = removeStale(target, previous, tars);
        Map<String, String> skipped = new LinkedHashMap<>();
        entries.stream()
                .filter(e -> e.skipped() != null)
                .forEach(e -> skipped.put(e.clip().id(), e.skipped()));
        skipped.putAll(packing.lost());
        List<ManifestRow> rows = entries.stream()
                .map(e -> new ManifestRow(
                        e.clip(),
                        e.caption(),
                        refs.get(e.clip().id()),
                        skipped.get(e.clip().id())))
                .toList();
        long m0 = System.nanoTime();
        Path manifest = target.temp(MANIFEST);
        ManifestWriter.write(rows, manifest);
        target.commit(manifest, MANIFEST);
        long manifestNanos = System.nanoTime() - m0;
        long bytes = tars.stream().mapToLong(ShardIndex.Tar::bytes).sum();
        List<ShardIndex.Skipped> left = skipped.entrySet().stream()
                .map(e -> new ShardIndex.Skipped(e.getKey(), e.getValue()))
                .toList();
        ShardIndex index = new ShardIndex(Schema.VERSION, describe(), tars, samples, bytes, MANIFEST, left);
        Path indexTmp = target.temp(ShardIndex.NAME);
        Files.writeString(indexTmp, Json.write(index));
        target.commit(indexTmp, ShardIndex.NAME);
        int updated = 0;
        for (Entry e : entries) {
            ShardRef ref = refs.get(e.clip().id());
            if (!Objects.equals(ref, e.clip().shard())) {
                run.write(e.clip().withShard(ref));
                updated++;
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("output", target.location());
        summary.put("samples", samples);
        summary.put("shards", tars.size());
        summary.put("bytes", bytes);
        summary.put("written", tars.size() - packing.unchanged().size());
        summary.put("unchanged", packing.unchanged().size());
        summary.put("removed", removed);
        summary.put("skipped", skipped.size());
        summary.put("manifest_rows", rows.size());
        summary.put("records_updated", updated);
        summary.put("tar_s", tarNanos / 1e9);
        summary.put("manifest_s", manifestNanos / 1e9);
        return summary;
    }

    /**
     * A clip as the pass sees it: its record, its chosen caption, and its sample, or why it has none (a video
     * found missing later is noted by {@link Packing}).
     */
    private record Entry(
            ClipRecord clip, @Nullable Caption caption, @Nullable Sample sample, @Nullable String skipped) {}

    private List<Entry> collect(RunRecords run) throws IOException {
        List<Entry> out = new ArrayList<>();
        for (String id : run.clipIds()) {
            checkCancelled(run);
            ClipRecord clip = run.clip(id);
            Caption caption = ChosenCaption.of(clip.captions(), config.captionVersion());
            MediaInfo media = clip.media();
            if (!wanted(clip.status())) {
                out.add(new Entry(clip, caption, null, null));
            } else if (media == null || media.width() == null || media.height() == null || media.bytes() == null) {
                out.add(new Entry(clip, caption, null, "no picture size or file size in the clip record"));
            } else {
                byte[] json = Json.write(clip.withShard(null)).getBytes(StandardCharsets.UTF_8);
                byte[] txt = caption == null ? new byte[0] : caption.text().getBytes(StandardCharsets.UTF_8);
                String bin = ShardBin.of(media.width(), media.height());
                out.add(new Entry(clip, caption, new Sample(id, bin, media.bytes(), json, txt), null));
            }
        }
        return out;
    }

    private boolean wanted(Status status) {
        return status.state() == Status.State.OK
                || (config.includeFiltered() && status.state() == Status.State.FILTERED);
    }

    /** Removes the tars the previous index lists and this layout does not; returns how many. */
    private static int removeStale(ShardTarget target, @Nullable ShardIndex previous, List<ShardIndex.Tar> now)
            throws IOException {
        if (previous == null) {
            return 0;
        }
        Set<String> kept = now.stream().map(ShardIndex.Tar::name).collect(Collectors.toSet());
        int removed = 0;
        for (ShardIndex.Tar old : previous.shards()) {
            if (!kept.contains(old.name())) {
                target.delete(old.name());
                removed++;
            }
        }
        return removed;
    }

    /** The index the output holds, or null when there is none or it cannot be read (every tar is then written). */
    private static @Nullable ShardIndex previous(ShardTarget target) throws IOException {
        byte[] text = target.read(ShardIndex.NAME);
        if (text == null) {
            return null;
        }
        try {
            return Json.read(new String(text, StandardCharsets.UTF_8), ShardIndex.class);
        } catch (UncheckedIOException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    private ShardTarget open(RunRecords run) throws IOException {
        String out = config.output();
        if (out == null) {
            return new LocalShardTarget(run.root().resolve(IN_RUN), n -> run.file(IN_RUN + "/" + n));
        }
        if (S3Location.isS3(out)) {
            S3Settings s3 = config.s3() == null ? S3Settings.defaults() : config.s3();
            Path staging = Files.createTempDirectory(run.root(), ".shard-upload-");
            return new StoreShardTarget(OutputStore.open(out, s3), staging);
        }
        Path root = Path.of(out).toAbsolutePath().normalize();
        return new LocalShardTarget(root, n -> {
            Path file = SafePaths.resolve(root, n);
            Files.createDirectories(file.getParent());
            return file;
        });
    }

    private static void checkCancelled(RunRecords run) {
        if (run.cancelled()) {
            throw new CancellationException("shard pass cancelled");
        }
    }
}
