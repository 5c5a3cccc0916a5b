package dev.clipsift.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The records of a run folder ({@code videos/*.json}, {@code clips/*.json}) by file name, as JSON without what
 * differs between two runs of the same input: the name of the embedding part a clip's vector was packed into
 * (named by the time it was written).
 */
final class Records {
    private Records() {}

    static Map<String, JsonNode> of(Path run) throws IOException {
        Map<String, JsonNode> all = new TreeMap<>();
        for (String dir : new String[] {"videos", "clips"}) {
            try (Stream<Path> files = Files.list(run.resolve(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                    all.put(
                            dir + "/" + f.getFileName(),
                            normalised(Json.mapper().readTree(f.toFile())));
                }
            }
        }
        return all;
    }

    private static JsonNode normalised(JsonNode record) {
        if (record.get("embedding") instanceof ObjectNode e && e.has("file")) {
            e.put("file", e.get("file").asText().replaceFirst("/[^/]+\\.f16$", "/<part>.f16"));
        }
        return record;
    }

    /** The two runs hold the same records, file by file. */
    static void assertSame(Path expected, Path actual) throws IOException {
        Map<String, JsonNode> want = of(expected);
        Map<String, JsonNode> got = of(actual);
        assertThat(got.keySet()).isEqualTo(want.keySet());
        want.forEach((name, record) -> assertThat(got.get(name)).as(name).isEqualTo(record));
    }
}
