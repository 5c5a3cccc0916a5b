package dev.clipsift.app.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * One field of the launcher's form: an option (or positional parameter) of the run command as picocli describes
 * it (name, label, description, kind of value, choices), the value typed into it (empty: the option is not given,
 * so the config file's value or the default stands) and the message said next to it when the value is wrong.
 */
public final class OptionField {
    private final String name;
    private final List<String> aliases;
    private final String label;
    private final String description;
    private final FieldKind kind;
    private final List<String> choices;
    private final boolean positional;
    private final boolean multiple;
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    OptionField(ArgSpec arg, String section) {
        this.positional = arg instanceof PositionalParamSpec;
        this.name = positional ? arg.paramLabel() : name((OptionSpec) arg);
        this.aliases = positional ? List.of(name) : List.of(((OptionSpec) arg).names());
        this.label = label(name, section, positional);
        this.description = String.join(" ", arg.description());
        this.kind = FieldKind.of(arg);
        this.choices = FieldKind.choices(arg);
        this.multiple = arg.isMultiValue();
        value.addListener((o, a, b) -> message.set(""));
    }

    /** The option's first long name ({@code --input}, not its alias {@code --input-video-path}). */
    static String name(OptionSpec o) {
        for (String n : o.names()) {
            if (n.startsWith("--")) {
                return n;
            }
        }
        return o.longestName();
    }

    /** {@code --captioning-prompt-text} in section captioning reads "Prompt text". */
    private static String label(String name, String section, boolean positional) {
        if (positional) {
            return name;
        }
        String s = name.replaceFirst("^-+", "");
        String prefix = section.replace('_', '-') + "-";
        if (s.startsWith(prefix) && s.length() > prefix.length()) {
            s = s.substring(prefix.length());
        }
        s = s.replace('-', ' ');
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** The command-line name ({@code --captioning-endpoint}), or a positional parameter's label. */
    public String name() {
        return name;
    }

    /** Every name of the option, aliases too. */
    public List<String> aliases() {
        return aliases;
    }

    public String label() {
        return label;
    }

    /** The option's help text, as {@code clipsift run --help} shows it (it names the default). */
    public String description() {
        return description;
    }

    public FieldKind kind() {
        return kind;
    }

    /** The values a choice may take. */
    public List<String> choices() {
        return choices;
    }

    /** The value as typed; for a flag "true" or empty, for a yes / no choice "yes", "no" or empty. */
    public StringProperty valueProperty() {
        return value;
    }

    /** What is wrong with the value, in words; empty when nothing is. */
    public StringProperty messageProperty() {
        return message;
    }

    public String value() {
        return value.get() == null ? "" : value.get().trim();
    }

    /** The arguments this field adds to the command line: none when it is empty. */
    public List<String> arguments() {
        String v = value();
        List<String> out = new ArrayList<>();
        if (v.isEmpty()) {
            return out;
        }
        switch (kind) {
            case FLAG -> {
                if (Boolean.parseBoolean(v)) {
                    out.add(name);
                }
            }
            case YES_NO -> out.add("yes".equals(v) ? name : name.replaceFirst("^--", "--no-"));
            default -> {
                if (positional) {
                    out.add(v);
                } else if (multiple) {
                    for (String each : v.split("\\s*,\\s*")) {
                        out.add(name);
                        out.add(each);
                    }
                } else {
                    out.add(name);
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** What is wrong with the value's form (a number that is not one), or empty; checked without the engine. */
    public String formatProblem() {
        String v = value();
        if (v.isEmpty()) {
            return "";
        }
        try {
            if (kind == FieldKind.WHOLE) {
                Long.parseLong(v);
            } else if (kind == FieldKind.DECIMAL) {
                Double.parseDouble(v);
            }
        } catch (NumberFormatException e) {
            return (kind == FieldKind.WHOLE ? "A whole number, not \"" : "A number, not \"") + v + "\".";
        }
        if (kind == FieldKind.CHOICE && !choices.contains(v)) {
            return "One of " + String.join(", ", choices) + ".";
        }
        return "";
    }
}
