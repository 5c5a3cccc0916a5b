package dev.clipsift.app.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What editor an option of the run command gets, read from its picocli model: a flag (arity 0) is a check
 * box, a negatable flag a yes / no / default choice, an option with completion candidates (an enum such as
 * {@code FilterMode}) a choice, a whole or decimal number a validated text field, a file or folder (its type
 * is {@code Path}, or its parameter label says FILE, PATH, DIR, SRC or OUT) a text field with Browse, anything
 * else a text field.
 */
public enum FieldKind {
    FLAG,
    YES_NO,
    CHOICE,
    WHOLE,
    DECIMAL,
    FILE,
    FOLDER,
    TEXT;

    private static final Set<String> FILE_LABELS = Set.of("FILE", "PATH");
    private static final Set<String> FOLDER_LABELS = Set.of("DIR", "SRC", "OUT", "DIR|S3");

    /** The kind of {@code arg}. */
    public static FieldKind of(ArgSpec arg) {
        Class<?> type = arg.type();
        boolean option = arg instanceof OptionSpec;
        if (option && arg.arity().max() == 0) {
            return ((OptionSpec) arg).negatable() && type == Boolean.class ? YES_NO : FLAG;
        }
        if (!choices(arg).isEmpty()) {
            return CHOICE;
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return WHOLE;
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return DECIMAL;
        }
        String label = arg.paramLabel().toUpperCase(Locale.ROOT);
        if (FOLDER_LABELS.contains(label)) {
            return FOLDER;
        }
        if (type == Path.class || FILE_LABELS.contains(label)) {
            return FILE;
        }
        return TEXT;
    }

    /** The values {@code arg} may take (its completion candidates: an enum's constants), empty when any value goes. */
    public static List<String> choices(ArgSpec arg) {
        List<String> out = new ArrayList<>();
        Iterable<String> c = arg.completionCandidates();
        if (c != null && !(c instanceof Collection<?> col && col.isEmpty())) {
            c.forEach(out::add);
        }
        return out;
    }

    /** Whether the value is a file or folder, so the form offers Browse. */
    public boolean isPath() {
        return this == FILE || this == FOLDER;
    }
}
