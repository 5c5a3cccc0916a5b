package dev.clipsift.run;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.engine.FamilyRegistry;
import dev.clipsift.engine.StageFamily;
import dev.clipsift.io.Json;
import dev.clipsift.split.ClipSpans;
import dev.clipsift.split.SplitConfig;
import dev.clipsift.transcode.TranscodeConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads run settings strictly: every key must be a built-in one or the section of a registered family, and
 * every key inside a section one of its fields; anything else is an error naming the key and the file, so a
 * typo never passes silently. Family sections left out take the family's defaults.
 */
public final class RunConfigReader {
    private static final List<String> KEYS = List.of(
            "input",
            "limit",
            "limit_clips",
            "splitting",
            "clips",
            "transcode",
            "license",
            "provenance",
            "require_license");

    private final FamilyRegistry registry;

    public RunConfigReader(FamilyRegistry registry) {
        this.registry = registry;
    }

    /** A config file, or a run's {@code config.json} (a manifest: its {@code config} is read). */
    public RunConfig read(Path file) throws IOException {
        JsonNode n = Json.mapper().readTree(file.toFile());
        if (n != null && n.has("schema_version") && n.get("config") instanceof ObjectNode c) {
            n = c;
        }
        return read(n, file.toString());
    }

    /** The settings in {@code node}; {@code where} names it in errors (a file, "the command line"). */
    public RunConfig read(JsonNode node, String where) {
        if (!(node instanceof ObjectNode o)) {
            throw new IllegalArgumentException(where + " does not hold a JSON object of run settings");
        }
        TreeSet<String> known = new TreeSet<>(KEYS);
        registry.families().forEach(f -> known.add(f.section()));
        o.fieldNames().forEachRemaining(k -> {
            if (!known.contains(k)) {
                throw new IllegalArgumentException(
                        "unknown key '" + k + "' in " + where + "; known keys: " + String.join(", ", known));
            }
        });
        Map<String, Object> families = new TreeMap<>();
        for (StageFamily<?> f : registry.families()) {
            families.put(
                    f.section(), o.has(f.section()) ? section(o, f.section(), f.configType(), where) : f.defaults());
        }
        SplitConfig splitting = section(o, "splitting", SplitConfig.class, where);
        return new RunConfig(
                text(o, "input"),
                o.hasNonNull("limit") ? o.get("limit").asInt() : null,
                o.hasNonNull("limit_clips") ? o.get("limit_clips").asInt() : null,
                splitting,
                section(o, "clips", ClipSpans.class, where),
                section(o, "transcode", TranscodeConfig.class, where),
                text(o, "license"),
                text(o, "provenance"),
                text(o, "require_license"),
                families);
    }

    /** {@code config} with a section for every registered family (their defaults where it has none). */
    public RunConfig complete(RunConfig config) {
        RunConfig c = config;
        for (StageFamily<?> f : registry.families()) {
            if (!c.families().containsKey(f.section())) {
                c = c.withFamily(f.section(), f.defaults());
            }
        }
        return c;
    }

    private static String text(ObjectNode o, String key) {
        return o.hasNonNull(key) ? o.get(key).asText() : null;
    }

    private static <T> T section(ObjectNode o, String key, Class<T> type, String where) {
        JsonNode n = o.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        ObjectReader strict = Json.mapper().readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            return strict.readValue(n);
        } catch (UnrecognizedPropertyException e) {
            List<String> fields = new ArrayList<>();
            if (e.getKnownPropertyIds() != null) {
                e.getKnownPropertyIds().forEach(id -> fields.add(id.toString()));
            }
            fields.sort(null);
            throw new IllegalArgumentException(
                    "unknown key '" + key + "." + e.getPropertyName() + "' in " + where + "; known keys of " + key
                            + ": " + String.join(", ", fields),
                    e);
        } catch (IOException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new IllegalArgumentException("bad '" + key + "' in " + where + ": " + root.getMessage(), e);
        }
    }
}
