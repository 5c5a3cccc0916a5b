package dev.clipsift.review;

import dev.clipsift.io.AtomicFiles;
import dev.clipsift.io.Json;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.Schema;
import dev.clipsift.model.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a review made of a run: clips by final status (after the overrides), the rejected ones counted by reason
 * (a filter's name, {@code duplicate}, an error key, or {@code review: <reason>}), the overrides (kept, rejected),
 * the caption edits (entries and clips), the tags (clips per tag) and the reviewers (journal entries per person).
 * Written as JSON and as Markdown.
 */
public record ReviewReport(
        int schemaVersion,
        int clips,
        Map<String, Integer> byStatus,
        Map<String, Integer> rejectedByReason,
        Map<String, Integer> overrides,
        int captionEdits,
        int clipsEdited,
        Map<String, Integer> tags,
        Map<String, Integer> reviewers) {

    /** The report of {@code clips} (the run's records) under {@code state}. */
    public static ReviewReport of(List<ClipRecord> clips, ReviewState state) {
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> reasons = new TreeMap<>();
        Map<String, Integer> tags = new TreeMap<>();
        for (ClipRecord c : clips) {
            Status s = ReviewedRecords.reviewed(c, state).status();
            byStatus.merge(s.state().json(), 1, Integer::sum);
            if (s.state() != Status.State.OK) {
                for (String r : s.reasons()) {
                    reasons.merge(reasonKey(r), 1, Integer::sum);
                }
            }
            state.tags(c.id()).forEach(t -> tags.merge(t, 1, Integer::sum));
        }
        Map<String, Integer> overrides = new TreeMap<>();
        state.overrides().values().forEach(o -> overrides.merge(o.keep() ? "kept" : "rejected", 1, Integer::sum));
        Map<String, Integer> reviewers = new TreeMap<>();
        int edits = 0;
        for (ReviewEntry e : state.entries()) {
            reviewers.merge(e.author(), 1, Integer::sum);
            edits += e.action() == ReviewEntry.Action.CAPTION ? 1 : 0;
        }
        return new ReviewReport(
                Schema.VERSION,
                clips.size(),
                byStatus,
                reasons,
                overrides,
                edits,
                state.editedClips(),
                tags,
                reviewers);
    }

    /** The reason's name: a review's reason whole, a filter's first word, {@code duplicate} for duplicates. */
    static String reasonKey(String reason) {
        if (reason.startsWith("review: ")) {
            return reason;
        }
        if (reason.startsWith("duplicate of ")) {
            return "duplicate";
        }
        int space = reason.indexOf(' ');
        return space < 0 ? reason : reason.substring(0, space);
    }

    /** The report as Markdown. */
    public String markdown() {
        StringBuilder md = new StringBuilder("# Review report\n\n");
        md.append(String.format(Locale.ROOT, "%d clips: ", clips));
        md.append(String.join(
                ", ",
                byStatus.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey())
                        .toList()));
        md.append("\n");
        table(md, "Not kept, by reason", "reason", rejectedByReason);
        table(md, "Overrides", "verdict", overrides);
        md.append(String.format(Locale.ROOT, "\n## Captions\n\n%d edits on %d clips\n", captionEdits, clipsEdited));
        table(md, "Tags", "tag", tags);
        table(md, "Reviewers", "reviewer", reviewers);
        return md.toString();
    }

    private static void table(StringBuilder md, String title, String key, Map<String, Integer> counts) {
        md.append("\n## ").append(title).append("\n\n");
        if (counts.isEmpty()) {
            md.append("none\n");
            return;
        }
        md.append("| ").append(key).append(" | clips |\n| --- | --- |\n");
        counts.forEach((k, v) -> md.append("| ")
                .append(k.replace("|", "\\|"))
                .append(" | ")
                .append(v)
                .append(" |\n"));
    }

    /** Writes {@code <name>.json} and {@code <name>.md} into {@code dir}, atomically. */
    public void write(Path dir, String name) throws IOException {
        Json.writeAtomically(dir.resolve(name + ".json"), this);
        AtomicFiles.writeString(dir.resolve(name + ".md"), markdown());
    }
}
