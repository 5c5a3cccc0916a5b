package dev.clipsift.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafePathsTest {
    private final Path root = Path.of("/tmp/clipsift-cache-root");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../etc/passwd",
                "/etc/passwd",
                "a/../../b",
                "..",
                ".",
                "a\\..\\..\\b",
                "C:\\Windows\\x.mp4",
                "a//b///c",
                "\u0000nul\u0007.mp4",
                "..\\..\\up",
                "x/./y/../../../escape.mp4"
            })
    void hostileNamesResolveStrictlyInsideTheRoot(String name) {
        Path p = SafePaths.resolve(root, name);
        assertThat(p.startsWith(root)).as(p.toString()).isTrue();
        assertThat(p).isNotEqualTo(root);
        assertThat(root.relativize(p).toString()).doesNotContain("..\\").doesNotStartWith("../");
        for (Path segment : root.relativize(p)) {
            assertThat(segment.toString()).isNotIn("..", ".");
        }
    }

    @Test
    void ordinaryNamesKeepTheirFoldersAndUnicodeLetters() {
        assertThat(SafePaths.relative("clips/2024/été vidéo.mp4")).isEqualTo("clips/2024/été vidéo.mp4");
    }

    @Test
    void dotSegmentsAndOddCharactersAreRenamedNotDropped() {
        assertThat(SafePaths.relative("a/../b:c?.mp4")).isEqualTo("a/_../b_c_.mp4");
        assertThat(SafePaths.relative("/abs/x.mp4")).isEqualTo("abs/x.mp4");
    }

    @Test
    void overlongSegmentsAreShortenedKeepingTheirExtension() {
        String name = "x".repeat(500) + ".mp4";
        String safe = SafePaths.relative(name);
        assertThat(safe.length()).isLessThanOrEqualTo(200);
        assertThat(safe).endsWith(".mp4");
    }
}
