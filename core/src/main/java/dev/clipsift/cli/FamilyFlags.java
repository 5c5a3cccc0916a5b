package dev.clipsift.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.engine.FamilyOptions;
import dev.clipsift.engine.FamilyRegistry;
import dev.clipsift.engine.StageFamily;
import dev.clipsift.io.Json;
import dev.clipsift.run.RunConfig;
import dev.clipsift.run.RunConfigReader;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The stage families' command-line options ({@code --motion-filter}, ...), shared by {@code run},
 * {@code score} and {@code filter}: each family's options object is a mixin named after its config section.
 */
final class FamilyFlags {
    private FamilyFlags() {}

    /** Adds every registered family's options to {@code command}. */
    static void add(CommandLine command, FamilyRegistry registry) {
        for (StageFamily<?> f : registry.families()) {
            command.addMixin(f.section(), f.options());
        }
    }

    /** Lays the family flags given on the command line over the sections of {@code settings}. */
    static void applyTo(CommandSpec spec, ObjectNode settings) {
        for (Map.Entry<String, CommandSpec> mixin : spec.mixins().entrySet()) {
            if (mixin.getValue().userObject() instanceof FamilyOptions options) {
                options.applyTo(section(settings, mixin.getKey()));
            }
        }
    }

    /**
     * {@code saved} with, over its family sections, the sections of {@code policy} (may be null) and then the
     * flags given; read back strictly, so a bad value is a usage error naming it.
     */
    static RunConfig overlay(CommandSpec spec, RunConfig saved, FamilyRegistry registry, JsonNode policy) {
        ObjectNode n = Json.mapper().valueToTree(saved);
        if (policy != null) {
            policy.properties().forEach(e -> {
                if (registry.family(e.getKey()).isEmpty() || !(e.getValue() instanceof ObjectNode o)) {
                    throw new ParameterException(
                            spec.commandLine(),
                            "the policy may only hold family sections with their settings, not '" + e.getKey() + "'");
                }
                section(n, e.getKey()).setAll(o);
            });
        }
        applyTo(spec, n);
        try {
            return new RunConfigReader(registry).read(n, "the new settings");
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "bad settings: " + e.getMessage());
        }
    }

    /** Family sections that switch {@code sections} on ({@code "enabled": true}), as a policy for {@link #overlay}. */
    static ObjectNode enabled(String... sections) {
        ObjectNode n = Json.mapper().createObjectNode();
        for (String s : sections) {
            n.putObject(s).put("enabled", true);
        }
        return n;
    }

    static ObjectNode section(ObjectNode parent, String name) {
        JsonNode c = parent.get(name);
        if (c instanceof ObjectNode o) {
            return o;
        }
        return parent.putObject(name);
    }
}
