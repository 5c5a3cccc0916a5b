package dev.clipsift.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What the journal's entries add up to: each clip's override of the engine's verdict (the last keep, reject or
 * reset wins), its tags, and its caption edits in order. Built by replaying entries with {@link #apply}; not
 * thread-safe (one reviewer's session changes it).
 */
public final class ReviewState {
    /** A reviewer's verdict on a clip: kept or rejected, why, by whom and when. */
    public record Override(boolean keep, @Nullable String reason, String author, String at) {}

    private final Map<String, Override> overrides = new HashMap<>();
    private final Map<String, Set<String>> tags = new HashMap<>();
    private final Map<String, List<ReviewEntry>> edits = new HashMap<>();
    private final List<ReviewEntry> entries = new ArrayList<>();

    /** The state after {@code entries}, in order. */
    public static ReviewState of(List<ReviewEntry> entries) {
        ReviewState s = new ReviewState();
        entries.forEach(s::apply);
        return s;
    }

    /** Adds one entry's effect. */
    public void apply(ReviewEntry e) {
        entries.add(e);
        switch (e.action()) {
            case KEEP, REJECT -> overrides.put(
                    e.clip(), new Override(e.action() == ReviewEntry.Action.KEEP, e.reason(), e.author(), e.at()));
            case RESET -> overrides.remove(e.clip());
            case TAG -> tags.computeIfAbsent(e.clip(), k -> new TreeSet<>()).add(e.tag());
            case UNTAG -> {
                Set<String> t = tags.get(e.clip());
                if (t != null) {
                    t.remove(e.tag());
                }
            }
            case CAPTION -> edits.computeIfAbsent(e.clip(), k -> new ArrayList<>())
                    .add(e);
        }
    }

    /** The reviewer's verdict on {@code clip}, or null when the engine's stands. */
    public @Nullable Override override(String clip) {
        return overrides.get(clip);
    }

    /** The tags of {@code clip}, in name order. */
    public Set<String> tags(String clip) {
        Set<String> t = tags.get(clip);
        return t == null ? Set.of() : Collections.unmodifiableSet(t);
    }

    /** Every tag any clip carries, in name order. */
    public Set<String> allTags() {
        Set<String> all = new TreeSet<>();
        tags.values().forEach(all::addAll);
        return all;
    }

    /** The caption edits of {@code clip}, oldest first. */
    public List<ReviewEntry> edits(String clip) {
        return List.copyOf(edits.getOrDefault(clip, List.of()));
    }

    /** Every entry applied, oldest first. */
    public List<ReviewEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** The clips with an override, by id. */
    public Map<String, Override> overrides() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }

    /** How many clips have caption edits. */
    public int editedClips() {
        return edits.size();
    }
}
