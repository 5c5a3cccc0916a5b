package dev.clipsift.caption;

import dev.clipsift.model.Caption;
import dev.clipsift.model.ClipRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code --where} expression choosing clips by their records: clauses joined by {@code and}, each
 * {@code FIELD OP VALUE} with {@code OP} one of {@code = != < <= > >=}. Fields: {@code status} ({@code ok},
 * {@code filtered}, {@code duplicate}, {@code failed}), {@code caption} (the state of the clip's newest caption
 * version: {@code ok}, {@code failed}, {@code pending}, or {@code none} when it has none), {@code id}, or any
 * score name ({@code quality < 5}; a clip without that score does not match).
 */
final class ClipSelection {
    private static final Pattern CLAUSE =
            Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(<=|>=|!=|=|<|>)\\s*(\\S+)\\s*");

    private ClipSelection() {}

    static Predicate<ClipRecord> parse(String expression) {
        List<Predicate<ClipRecord>> all = new ArrayList<>();
        for (String clause : expression.split("(?i)\\s+and\\s+")) {
            all.add(clause(clause, expression));
        }
        return c -> all.stream().allMatch(p -> p.test(c));
    }

    private static Predicate<ClipRecord> clause(String clause, String expression) {
        Matcher m = CLAUSE.matcher(clause);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "captioning: cannot read '" + clause.strip() + "' in --where '" + expression
                            + "' (clauses are FIELD OP VALUE joined by 'and', e.g. \"status = ok and quality < 5\")");
        }
        String field = m.group(1).toLowerCase(Locale.ROOT);
        String op = m.group(2);
        String value = m.group(3);
        return switch (field) {
            case "status" -> text(op, value, c -> c.status().state().json(), clause);
            case "caption" -> text(op, value, ClipSelection::captionState, clause);
            case "id" -> text(op, value, ClipRecord::id, clause);
            default -> number(field, op, value, clause);
        };
    }

    private static String captionState(ClipRecord c) {
        if (c.captions() == null || c.captions().versions().isEmpty()) {
            return "none";
        }
        List<Caption> v = c.captions().versions();
        return v.get(v.size() - 1).state().json();
    }

    private static Predicate<ClipRecord> text(
            String op, String value, java.util.function.Function<ClipRecord, String> field, String clause) {
        return switch (op) {
            case "=" -> c -> field.apply(c).equalsIgnoreCase(value);
            case "!=" -> c -> !field.apply(c).equalsIgnoreCase(value);
            default -> throw new IllegalArgumentException(
                    "captioning: '" + clause.strip() + "': status, caption and id take = or != only");
        };
    }

    private static Predicate<ClipRecord> number(String score, String op, String value, String clause) {
        double v;
        try {
            v = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "captioning: '" + clause.strip() + "': a score is compared with a number, got '" + value + "'");
        }
        return c -> {
            Double s = c.scores() == null ? null : c.scores().get(score);
            if (s == null) {
                return false;
            }
            return switch (op) {
                case "<" -> s < v;
                case "<=" -> s <= v;
                case ">" -> s > v;
                case ">=" -> s >= v;
                case "=" -> s == v;
                default -> s != v;
            };
        };
    }
}
