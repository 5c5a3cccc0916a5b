package dev.clipsift.embed;

import dev.clipsift.engine.RunRecords;
import dev.clipsift.io.AtomicFiles;
import dev.clipsift.io.Json;
import dev.clipsift.model.EmbeddingRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Embeddings on disk: a run part is {@code embeddings/<model>/<part>.f16}, its rows one after another, each
 * {@code dim} little-endian float16s, beside {@code <part>.json} ({@link Index}: model, dimension, type, rows
 * and the clip of each row). Both are written atomically, the rows first; a clip record points into a part
 * with its {@link EmbeddingRef}. A vector not packed yet travels in the ref itself ({@link #pending}).
 */
public final class EmbeddingParts {
    static final String DTYPE = "float16";
    private static final DateTimeFormatter PART_NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'");

    private EmbeddingParts() {}

    /**
     * What {@code <part>.json} says of its rows: the clip of each, and for text embeddings the caption version
     * each embeds ({@code versions}, null for pictures).
     */
    public record Index(
            String model, int dim, String dtype, int rows, List<String> clipIds, @Nullable List<String> versions) {}

    /** {@code vector} as the ref of a clip stage's result, before the pass packs it. */
    public static EmbeddingRef pending(String model, float[] vector) {
        return EmbeddingRef.pending(model, vector.length, Base64.getEncoder().encodeToString(Float16.pack(vector)));
    }

    /**
     * Writes {@code rows} ({@code ids.size() * dim} values, row i the vector of clip {@code ids[i]}, of caption
     * version {@code versions[i]} for text) as a new part of {@code model} under the run; returns the data file's
     * path relative to the run folder.
     */
    public static String write(
            RunRecords run, String model, int dim, List<String> ids, @Nullable List<String> versions, float[] rows)
            throws IOException {
        if (rows.length != ids.size() * dim) {
            throw new IllegalArgumentException(ids.size() + " rows of " + dim + " are not " + rows.length + " values");
        }
        String stem = "embeddings/" + model + "/" + PART_NAME.format(ZonedDateTime.now(ZoneOffset.UTC));
        String name = stem;
        for (int n = 2; Files.exists(run.root().resolve(name + ".f16")); n++) {
            name = stem + "_" + n;
        }
        AtomicFiles.write(run.file(name + ".f16"), Float16.pack(rows));
        Json.writeAtomically(run.file(name + ".json"), new Index(model, dim, DTYPE, ids.size(), ids, versions));
        return name + ".f16";
    }

    /** The parts of {@code model} under {@code root} (their data files, relative), oldest first. */
    public static List<String> parts(Path root, String model) throws IOException {
        Path dir = root.resolve("embeddings").resolve(model);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.startsWith("."))
                    .sorted()
                    .map(n -> "embeddings/" + model + "/" + n.substring(0, n.length() - ".json".length()) + ".f16")
                    .toList();
        }
    }

    /** The index of the part whose data file is {@code file} (relative to {@code root}). */
    public static Index index(Path root, String file) throws IOException {
        return Json.read(root.resolve(file.substring(0, file.length() - ".f16".length()) + ".json"), Index.class);
    }

    /**
     * The vectors of {@code refs} as one flat array ({@code refs.size() * dim}, in order), every part file read
     * once; pending refs are decoded from themselves. All refs must have dimension {@code dim}.
     */
    public static float[] load(Path root, List<EmbeddingRef> refs, int dim) throws IOException {
        float[] out = new float[refs.size() * dim];
        Map<String, byte[]> files = new HashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            EmbeddingRef ref = refs.get(i);
            if (ref.dim() != dim) {
                throw new IllegalArgumentException(
                        "embedding of " + ref.model() + " has " + ref.dim() + " values, not " + dim);
            }
            if (ref.pending() != null) {
                Float16.unpack(Base64.getDecoder().decode(ref.pending()), 0, dim, out, i * dim);
                continue;
            }
            byte[] bytes = files.get(ref.file());
            if (bytes == null) {
                bytes = Files.readAllBytes(root.resolve(ref.file()));
                files.put(ref.file(), bytes);
            }
            long from = ref.row() * dim * 2L;
            if (ref.row() < 0 || from + dim * 2L > bytes.length) {
                throw new IOException(ref.file() + " has no row " + ref.row() + " of " + dim + " values");
            }
            Float16.unpack(bytes, (int) from, dim, out, i * dim);
        }
        return out;
    }
}
