package dev.clipsift.app.launch;

import dev.clipsift.cli.RunLaunch;
import dev.clipsift.engine.ClipStage;
import dev.clipsift.engine.FamilyRegistry;
import dev.clipsift.engine.RunPass;
import dev.clipsift.engine.StageFamily;
import dev.clipsift.run.RunConfig;
import dev.clipsift.source.S3Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The checks the launcher makes before a run starts, off the FX thread, each said in words next to the field it is
 * about: numbers that are not numbers, settings the command line refuses, files that are not there (a model, a
 * config file), an output that cannot be written, a captioning server that does not answer or lacks the model,
 * an AWS profile the user's files do not name, and last what every family's own {@code validate()} says of its
 * stages and passes (the check a run makes before it writes anything). Fields are found by the naming rules of
 * the run command's options: {@code *-endpoint} (not S3) is a server, {@code *profile*} an AWS profile, a path
 * whose option says output, staging or cache is written, any other path read.
 */
final class LaunchChecks {
    /** What is wrong: by field name, and problems no field holds. */
    record Problems(Map<String, String> fields, List<String> general) {
        boolean none() {
            return fields.isEmpty() && general.isEmpty();
        }
    }

    private final EndpointProbe probe;
    private final Supplier<List<String>> profiles;

    LaunchChecks(EndpointProbe probe, Supplier<List<String>> profiles) {
        this.probe = probe;
        this.profiles = profiles;
    }

    /** Checks the form's values as its command would run them (the form is not edited meanwhile). */
    Problems check(RunForm form) throws InterruptedException {
        Map<String, String> at = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (OptionField f : form.fields()) {
            String p = f.formatProblem();
            if (!p.isEmpty()) {
                at.put(f.name(), p);
            }
        }
        if (!at.isEmpty()) {
            return new Problems(at, general);
        }
        for (OptionField f : form.fields()) {
            if (f.kind().isPath() && !f.value().isEmpty()) {
                String p = written(f) ? writable(f.value()) : readable(f.value());
                if (!p.isEmpty()) {
                    at.put(f.name(), p);
                }
            }
        }
        servers(form, at);
        List<String> known = null;
        for (OptionField f : form.fields()) {
            if (f.name().contains("profile") && !f.value().isEmpty()) {
                known = known == null ? profiles.get() : known;
                if (!known.contains(f.value())) {
                    at.put(
                            f.name(),
                            "No AWS profile \"" + f.value() + "\" in ~/.aws/config or ~/.aws/credentials"
                                    + (known.isEmpty() ? "." : " (there are: " + String.join(", ", known) + ")."));
                }
            }
        }
        if ("run".equals(form.command())) {
            engine(form, at, general);
        } else {
            form.field("OUT").ifPresent(f -> {
                if (!f.value().isEmpty()
                        && !S3Location.isS3(f.value())
                        && !Files.isRegularFile(Path.of(f.value(), "config.json"))) {
                    at.putIfAbsent(f.name(), "No run to resume here (its config.json is missing).");
                }
            });
        }
        return new Problems(at, general);
    }

    private static boolean written(OptionField f) {
        String n = f.name();
        return n.contains("output") || n.contains("staging") || n.contains("cache") || n.equals("OUT");
    }

    /** An input path: there, unless it is remote ({@code s3://}, {@code hf://}); {@code urls:FILE} names a file. */
    private static String readable(String value) {
        if (value.contains("://")) {
            return "";
        }
        String v = value.startsWith("urls:") ? value.substring("urls:".length()) : value;
        try {
            return Files.exists(Path.of(v)) ? "" : "No such file or folder: " + v;
        } catch (InvalidPathException e) {
            return "Not a valid path: " + v;
        }
    }

    /** An output folder: a folder (or nothing yet) under a folder this user may write into. */
    static String writable(String value) {
        if (S3Location.isS3(value)) {
            return "";
        }
        Path p;
        try {
            p = Path.of(value).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return "Not a valid path: " + value;
        }
        if (Files.exists(p) && !Files.isDirectory(p)) {
            return "Not a folder: " + p;
        }
        Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            return "Cannot write here: " + (existing == null ? p : existing) + " is not a folder you may write into.";
        }
        return "";
    }

    /** Every {@code *-endpoint} server (not S3) answers its model list and serves the {@code *-model} field's model. */
    private void servers(RunForm form, Map<String, String> at) throws InterruptedException {
        for (OptionField f : form.fields()) {
            if (!f.name().endsWith("-endpoint")
                    || f.name().contains("s3")
                    || f.value().isEmpty()) {
                continue;
            }
            EndpointProbe.Answer a = probe.models(f.value());
            if (!a.reachable()) {
                at.put(f.name(), a.problem());
                continue;
            }
            form.field(f.name().replaceFirst("-endpoint$", "-model")).ifPresent(m -> {
                if (!m.value().isEmpty() && !a.models().isEmpty() && !a.models().contains(m.value())) {
                    at.put(
                            m.name(),
                            "The server at " + f.value() + " does not serve \"" + m.value() + "\"; it serves "
                                    + String.join(", ", a.models()) + ".");
                }
            });
        }
    }

    /** The settings as the command resolves them, then each family's stages and passes validated as a run does. */
    private static void engine(RunForm form, Map<String, String> at, List<String> general) {
        RunConfig config;
        try {
            config = RunLaunch.resolve(form.arguments());
        } catch (IOException | RuntimeException e) {
            place(form, String.valueOf(e.getMessage()), at, general);
            return;
        }
        for (StageFamily<?> family : FamilyRegistry.discover().families()) {
            if (at.keySet().stream()
                    .anyMatch(n -> n.startsWith("--" + family.section().replace('_', '-')))) {
                continue;
            }
            Object section = config.families().get(family.section());
            try {
                validate(family, section);
            } catch (Exception e) {
                place(form, family.section() + ": " + e.getMessage(), at, general);
            }
        }
    }

    private static <C> void validate(StageFamily<C> family, Object section) throws Exception {
        C c = section == null ? family.defaults() : family.configType().cast(section);
        for (ClipStage s : family.stages(c)) {
            s.validate();
        }
        for (RunPass p : family.passes(c)) {
            p.validate();
        }
    }

    private static void place(RunForm form, String problem, Map<String, String> at, List<String> general) {
        form.fieldOf(problem).ifPresentOrElse(f -> at.putIfAbsent(f.name(), problem), () -> general.add(problem));
    }
}
