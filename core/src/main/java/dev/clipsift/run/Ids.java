package dev.clipsift.run;

import dev.clipsift.split.Shot;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Stable names: a video's id is a name-based UUID of its path relative to the input root, a clip's id one of
 * that path and the clip's frame span. The same input and settings always give the same file names, so a
 * rerun or a resumed run overwrites instead of duplicating.
 */
public final class Ids {
    private Ids() {}

    public static String video(String relativePath) {
        return uuid("video:" + relativePath);
    }

    public static String clip(String relativePath, Shot span) {
        return uuid("clip:" + relativePath + "#" + span.start() + "-" + span.end());
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
