package dev.clipsift.app.launch;

import dev.clipsift.cli.RunLaunch;
import dev.clipsift.engine.FamilyOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The launcher's form, generated from the picocli model of {@code clipsift run} (or {@code resume}): one field per
 * option, grouped into sections by where the option comes from. Each stage family's options are a mixin named
 * after its config section, so a family gets its own section ("Captioning", "Dedup", ...) with no code here; the
 * command's own options make the first section, the session's (threads, GPUs, cache) and S3 access options the
 * sections of their mixins. The form's values become the same argument list the command line takes.
 */
public final class RunForm {
    /** A titled group of fields: a family's section, or one of the command's own groups. */
    public record Section(String key, String title, List<OptionField> fields) {}

    /** The command's own options: what and where. */
    public static final String MAIN = "run";

    /** Options the form leaves out: the launcher shows progress itself. */
    private static final Set<String> LEFT_OUT = Set.of("--quiet");

    /** Mixins with at least this many options (at the first two levels) get a section of their own. */
    private static final int OWN_SECTION = 4;

    private static final Map<String, String> TITLES =
            Map.of(MAIN, "Source and output", "session", "Threads, GPUs and cache", "s3", "S3 access");

    private final String command;
    private final List<Section> sections;
    private final Map<String, OptionField> byName = new LinkedHashMap<>();

    private RunForm(String command, CommandSpec spec) {
        this.command = command;
        Map<String, String> sectionOf = new HashMap<>();
        List<String> families = new ArrayList<>();
        walk(spec, MAIN, 0, sectionOf, families);
        Map<String, List<OptionField>> grouped = new LinkedHashMap<>();
        for (String key : List.of(MAIN, "s3")) {
            grouped.put(key, new ArrayList<>());
        }
        families.forEach(f -> grouped.put(f, new ArrayList<>()));
        grouped.put("session", new ArrayList<>());
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden()) {
                add(grouped.get(MAIN), new OptionField(p, MAIN));
            }
        }
        for (OptionSpec o : spec.options()) {
            if (o.usageHelp() || o.versionHelp() || o.hidden() || LEFT_OUT.contains(OptionField.name(o))) {
                continue;
            }
            String key = sectionOf.getOrDefault(OptionField.name(o), MAIN);
            add(grouped.computeIfAbsent(key, k -> new ArrayList<>()), new OptionField(o, key));
        }
        List<Section> out = new ArrayList<>();
        grouped.forEach((key, fields) -> {
            if (!fields.isEmpty()) {
                out.add(new Section(key, title(key), List.copyOf(fields)));
            }
        });
        this.sections = List.copyOf(out);
    }

    /** The form of {@code command} ("run" or "resume") with every registered family's options. */
    public static RunForm of(String command) {
        return new RunForm(command, RunLaunch.spec(command));
    }

    private void add(List<OptionField> list, OptionField f) {
        list.add(f);
        byName.put(f.name(), f);
    }

    /**
     * Assigns each option to a section: a family mixin's options to its section; other mixins' to their own
     * section when they are big enough, else to their parent's; options met first in a deeper mixin keep it.
     */
    private static void walk(
            CommandSpec spec, String key, int depth, Map<String, String> sectionOf, List<String> families) {
        spec.mixins().forEach((name, mixin) -> {
            if (mixin.userObject() instanceof FamilyOptions) {
                families.add(name);
                mixin.options().forEach(o -> sectionOf.putIfAbsent(OptionField.name(o), name));
            } else {
                String k = depth < 2 && mixin.options().size() >= OWN_SECTION ? name : key;
                walk(mixin, k, depth + 1, sectionOf, families);
            }
        });
        if (depth > 0) {
            spec.options().forEach(o -> sectionOf.putIfAbsent(OptionField.name(o), key));
        }
    }

    private static String title(String key) {
        String t = TITLES.get(key);
        if (t != null) {
            return t;
        }
        String s = key.replace('_', ' ');
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** "run" or "resume". */
    public String command() {
        return command;
    }

    public List<Section> sections() {
        return sections;
    }

    /** Every field, in form order. */
    public List<OptionField> fields() {
        return List.copyOf(byName.values());
    }

    /** The field of option {@code name} ({@code --output}) or positional parameter label ({@code OUT}). */
    public Optional<OptionField> field(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The command line of the form's values, without the command's name. */
    public List<String> arguments() {
        List<String> out = new ArrayList<>();
        for (Section s : sections) {
            s.fields().forEach(f -> out.addAll(f.arguments()));
        }
        return out;
    }

    /** Empties every field (and its message). */
    public void clear() {
        byName.values().forEach(f -> {
            f.valueProperty().set("");
            f.messageProperty().set("");
        });
    }

    /**
     * The field {@code problem} is about: the one whose option it names ({@code '--limit'}; the longest such
     * name), else the one whose value it quotes (a model path); empty when it names none.
     */
    public Optional<OptionField> fieldOf(String problem) {
        OptionField best = null;
        for (OptionField f : byName.values()) {
            if (f.name().startsWith("-")
                    && mentions(problem, f.name())
                    && (best == null || f.name().length() > best.name().length())) {
                best = f;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        for (OptionField f : byName.values()) {
            String v = f.value();
            if (v.length() >= 3
                    && f.kind() != FieldKind.FLAG
                    && problem.contains(v)
                    && (best == null || v.length() > best.value().length())) {
                best = f;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean mentions(String problem, String name) {
        int i = problem.indexOf(name);
        while (i >= 0) {
            int end = i + name.length();
            if (end == problem.length()
                    || !Character.isLetterOrDigit(problem.charAt(end)) && problem.charAt(end) != '-') {
                return true;
            }
            i = problem.indexOf(name, i + 1);
        }
        return false;
    }
}
