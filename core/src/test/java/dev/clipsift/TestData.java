package dev.clipsift;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared test material lives: -Dclipsift.shared, else ../shared beside the checkout. */
public final class TestData {
    private TestData() {}

    public static Path shared() {
        String prop = System.getProperty("clipsift.shared");
        if (prop != null && Files.isDirectory(Path.of(prop, "data", "videos"))) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("data/videos"))) {
                return candidate.normalize();
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("shared test data not found: set -Dclipsift.shared=/path/to/shared");
    }

    public static Path videos() {
        return shared().resolve("data/videos");
    }

    public static Path video(String name) {
        return videos().resolve(name);
    }
}
