package dev.clipsift.shard;

import dev.clipsift.model.Caption;
import dev.clipsift.model.Captions;
import org.jspecify.annotations.Nullable;

/** The caption version a sample's {@code txt} holds: the one asked for, else the newest that is ok. */
final class ChosenCaption {
    private ChosenCaption() {}

    /** The version {@code version} (null: the newest ok one) of {@code captions}, or null when it is not ok. */
    static @Nullable Caption of(@Nullable Captions captions, @Nullable String version) {
        if (captions == null) {
            return null;
        }
        Caption chosen = null;
        for (Caption c : captions.versions()) {
            boolean asked = version == null || version.equals(c.version());
            if (asked && c.state() == Caption.State.OK && c.text() != null) {
                chosen = c;
            }
        }
        return chosen;
    }
}
