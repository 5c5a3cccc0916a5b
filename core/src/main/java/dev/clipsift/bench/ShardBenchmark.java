package dev.clipsift.bench;

import dev.clipsift.engine.RunPass;
import dev.clipsift.run.ReadOnlyRunRecords;
import dev.clipsift.shard.ShardConfig;
import dev.clipsift.shard.ShardFamily;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Shard writing against a plain copy of the same bytes: the shard pass over a run folder (left unchanged) into a
 * fresh folder, then a copy of the tars it wrote with {@link Files#copy} into another, each file synced as the
 * pass syncs each tar before its rename; alternated {@code repeat} times. Each side starts right after the
 * previous round's output of the other side is removed, so both find the disk in the same state. Timed: the
 * tars' part of the pass ({@code tar_s}), the whole pass (manifest and index too), the copy.
 */
public final class ShardBenchmark {
    private ShardBenchmark() {}

    /**
     * Totals of the layout, the median seconds of each side, and the fastest round of the tars and of the copy
     * (on a busy machine the least disturbed measure).
     */
    public record Result(
            int samples,
            int tars,
            long bytes,
            double tarS,
            double passS,
            double copyS,
            double fastestTarS,
            double fastestCopyS,
            int repeat) {
        public double tarMbPerS() {
            return bytes / tarS / 1e6;
        }

        public double passMbPerS() {
            return bytes / passS / 1e6;
        }

        public double copyMbPerS() {
            return bytes / copyS / 1e6;
        }

        /** How much longer writing the tars takes than copying their bytes (medians). */
        public double ratio() {
            return tarS / copyS;
        }

        /** The same for the fastest rounds. */
        public double fastestRatio() {
            return fastestTarS / fastestCopyS;
        }
    }

    public static Result run(Path runFolder, Path scratch, double targetSizeMb, int repeat) throws Exception {
        ReadOnlyRunRecords records = new ReadOnlyRunRecords(runFolder, c -> c, scratch.resolve("pass-files"));
        List<Double> tar = new ArrayList<>();
        List<Double> pass = new ArrayList<>();
        List<Double> copy = new ArrayList<>();
        Map<String, Object> last = Map.of();
        Path previousCopy = null;
        Path previousShards = null;
        for (int i = 0; i < repeat; i++) {
            Path shards = scratch.resolve("shards-" + i);
            Path copied = scratch.resolve("copy-" + i);
            delete(previousCopy);
            ShardConfig config = new ShardConfig(true, shards.toString(), targetSizeMb, null, null, null, null);
            RunPass p = new ShardFamily().passes(config).get(0);
            long t0 = System.nanoTime();
            last = p.run(records);
            pass.add((System.nanoTime() - t0) / 1e9);
            tar.add(((Number) last.get("tar_s")).doubleValue());
            delete(previousShards);
            copy.add(copyTars(shards, copied));
            previousCopy = copied;
            previousShards = shards;
        }
        delete(previousCopy);
        delete(previousShards);
        return new Result(
                ((Number) last.get("samples")).intValue(),
                ((Number) last.get("shards")).intValue(),
                ((Number) last.get("bytes")).longValue(),
                median(tar),
                median(pass),
                median(copy),
                fastest(tar),
                fastest(copy),
                repeat);
    }

    /** Copies every tar under {@code from} to {@code to}, syncing each; returns the seconds it took. */
    private static double copyTars(Path from, Path to) throws IOException {
        List<Path> tars;
        try (Stream<Path> walk = Files.walk(from)) {
            tars = walk.filter(f -> f.toString().endsWith(".tar")).sorted().toList();
        }
        long t0 = System.nanoTime();
        for (Path f : tars) {
            Path target = to.resolve(from.relativize(f).toString());
            Files.createDirectories(target.getParent());
            Files.copy(f, target);
            try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double median(List<Double> values) {
        return Stats.median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double fastest(List<Double> values) {
        return Stats.min(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static void delete(Path dir) throws IOException {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
