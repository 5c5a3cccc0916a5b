package dev.clipsift.run;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which of a run's listed videos one process works on, by the video's stable id ({@link Ids#video}): all of
 * them, shard {@code I} of {@code N}, or exactly a set of ids. A run with a selection lists the whole input (so
 * {@code limit} means the same everywhere) and then probes and processes only the selected videos; the others
 * are not touched. Runs with disjoint selections may write into one output folder (a shared filesystem or an S3
 * prefix) at the same time; a partial selection does not run the end-of-run passes over the whole output (dedup,
 * shards need every video): {@link RunSummarizer} does, once every part is done.
 *
 * <p>How schedulers use it: a SLURM array task runs {@code clipsift run ... --shard $SLURM_ARRAY_TASK_ID/N}
 * ({@link #shard}); a Spark driver lists the input, gives each executor task its video ids
 * ({@link #ids}, in {@link RunOptions#withSelection}), and runs {@link RunSummarizer} on the driver at the end.
 * A video's shard is {@link #shardOf}: the first 8 bytes of the SHA-256 of its id (UTF-8), as a big-endian
 * signed long, modulo {@code N} (non-negative), so any tool can compute it.
 */
public sealed interface VideoSelection {
    /** Whether the video with stable id {@code videoId} is this process's to work on. */
    boolean includes(String videoId);

    /** A name for files about this part of the run: {@code all}, {@code shard-0-of-3}, {@code ids-<hash>}. */
    String name();

    /** Whether this selects every video (a whole run). */
    default boolean isAll() {
        return this instanceof All;
    }

    static VideoSelection all() {
        return new All();
    }

    /** Shard {@code index} (0-based) of {@code count}. */
    static VideoSelection shard(int index, int count) {
        return new Shard(index, count);
    }

    /** {@code I/N} as given to {@code --shard}. */
    static VideoSelection parseShard(String spec) {
        String[] parts = spec.trim().split("/", -1);
        try {
            if (parts.length == 2) {
                return shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("a shard is I/N with 0 <= I < N (e.g. 0/4), not '" + spec + "'");
    }

    /** Exactly the videos {@code videoIds}. */
    static VideoSelection ids(Collection<String> videoIds) {
        return new Listed(Set.copyOf(videoIds));
    }

    /** The shard (0 .. {@code count}-1) that the video {@code videoId} belongs to. */
    static int shardOf(String videoId, int count) {
        byte[] digest = sha256().digest(videoId.getBytes(StandardCharsets.UTF_8));
        return (int) Math.floorMod(ByteBuffer.wrap(digest).getLong(), (long) count);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Every video. */
    record All() implements VideoSelection {
        @Override
        public boolean includes(String videoId) {
            return true;
        }

        @Override
        public String name() {
            return "all";
        }
    }

    /** Shard {@code index} of {@code count} by {@link #shardOf}. */
    record Shard(int index, int count) implements VideoSelection {
        public Shard {
            if (count < 1 || index < 0 || index >= count) {
                throw new IllegalArgumentException(
                        "a shard is I/N with 0 <= I < N (e.g. 0/4), not " + index + "/" + count);
            }
        }

        @Override
        public boolean includes(String videoId) {
            return shardOf(videoId, count) == index;
        }

        @Override
        public String name() {
            return "shard-" + index + "-of-" + count;
        }

        @Override
        public String toString() {
            return index + "/" + count;
        }
    }

    /** The videos whose ids are listed. */
    record Listed(Set<String> videoIds) implements VideoSelection {
        @Override
        public boolean includes(String videoId) {
            return videoIds.contains(videoId);
        }

        @Override
        public String name() {
            MessageDigest md = sha256();
            for (String id : new TreeSet<>(videoIds)) {
                md.update((id + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return "ids-" + HexFormat.of().formatHex(md.digest(), 0, 8);
        }
    }
}
