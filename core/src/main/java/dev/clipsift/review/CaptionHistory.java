package dev.clipsift.review;

import dev.clipsift.model.Caption;
import dev.clipsift.model.Captions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A clip's caption through time, one window at a time: the engine's {@code ok} versions (by model) and the
 * reviewers' edits from the journal (by person), in the order they were made; each {@link Version} holds every
 * window's text as it stood then. A version the engine makes after an edit starts afresh (a re-caption replaces
 * the text); the last version is the reviewed caption.
 */
public final class CaptionHistory {
    /** Caption version name of a reviewed caption in an export. */
    public static final String REVIEWED = "review";

    /** One version: a label ({@code v0}, {@code edit 3}), who made it (a model or a person), when, its windows. */
    public record Version(String label, String by, @Nullable String at, boolean human, List<String> windows) {
        /** The windows joined as the engine joins them into a caption's text. */
        public String text() {
            return String.join("\n\n", windows);
        }
    }

    private CaptionHistory() {}

    /** Every version of a clip with {@code captions} (may be null) and the journal's {@code edits} of it. */
    public static List<Version> of(@Nullable Captions captions, List<ReviewEntry> edits) {
        List<Caption> engine = captions == null
                ? List.of()
                : captions.versions().stream()
                        .filter(c -> c.state() == Caption.State.OK && c.text() != null)
                        .toList();
        List<Version> out = new ArrayList<>();
        List<String> now = List.of();
        int e = 0;
        int n = 0;
        for (int v = 0; v <= engine.size(); v++) {
            Caption next = v < engine.size() ? engine.get(v) : null;
            while (e < edits.size() && (next == null || before(edits.get(e).at(), next.createdAt()))) {
                ReviewEntry edit = edits.get(e++);
                List<String> w = new ArrayList<>(now);
                while (w.size() <= edit.window()) {
                    w.add("");
                }
                w.set(edit.window(), edit.text());
                now = List.copyOf(w);
                out.add(new Version("edit " + ++n, edit.author(), edit.at(), true, now));
            }
            if (next != null) {
                now = windows(next);
                out.add(new Version(next.version(), String.valueOf(next.model()), next.createdAt(), false, now));
            }
        }
        return out;
    }

    /** The windows' texts of the newest version (none: no caption). */
    public static List<String> current(@Nullable Captions captions, List<ReviewEntry> edits) {
        List<Version> all = of(captions, edits);
        return all.isEmpty() ? List.of() : all.get(all.size() - 1).windows();
    }

    /**
     * The reviewed caption as a version of its own ({@value #REVIEWED}: by the reviewers, at the last edit, with
     * the windows' frame ranges of the version it edits), or null when no edit stands last.
     */
    public static @Nullable Caption reviewed(@Nullable Captions captions, List<ReviewEntry> edits) {
        List<Version> all = of(captions, edits);
        if (all.isEmpty() || !all.get(all.size() - 1).human()) {
            return null;
        }
        Version last = all.get(all.size() - 1);
        Set<String> authors = new LinkedHashSet<>();
        for (int i = all.size() - 1; i >= 0 && all.get(i).human(); i--) {
            authors.add(all.get(i).by());
        }
        Caption base = captions == null ? null : captions.latest().orElse(null);
        List<Caption.Window> windows = null;
        if (base != null
                && base.windows() != null
                && base.windows().size() == last.windows().size()) {
            windows = new ArrayList<>();
            for (int i = 0; i < last.windows().size(); i++) {
                Caption.Window w = base.windows().get(i);
                windows.add(new Caption.Window(
                        w.startFrame(), w.endFrame(), w.images(), last.windows().get(i), null, null));
            }
        }
        String model = "review by " + String.join(", ", authors);
        String prompt = base == null ? null : "edited from " + base.version();
        return new Caption(
                REVIEWED, Caption.State.OK, last.text(), model, prompt, last.at(), null, null, windows, null, null);
    }

    private static List<String> windows(Caption c) {
        if (c.windows() == null || c.windows().isEmpty()) {
            return List.of(c.text());
        }
        return c.windows().stream().map(w -> w.text() == null ? "" : w.text()).toList();
    }

    private static boolean before(String at, @Nullable String createdAt) {
        if (createdAt == null) {
            return false;
        }
        try {
            return Instant.parse(at).isBefore(Instant.parse(createdAt));
        } catch (RuntimeException unreadable) {
            return at.compareTo(createdAt) < 0;
        }
    }
}
