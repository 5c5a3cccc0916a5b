package dev.clipsift.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clipsift.source.S3Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings file, the recent sources, and how settings become a new run's options. */
class SettingsTest {
    @TempDir
    Path tmp;

    private static Settings sample() {
        return new Settings(
                new Settings.S3("team", "http://localhost:9000", null, true),
                new Settings.Captioning("http://127.0.0.1:8000/v1", "m"),
                2,
                6,
                "/data/cache",
                100L,
                List.of());
    }

    @Test
    void theStoreWritesTheFileAndReadsItBackAfterARestart() throws IOException {
        Path file = tmp.resolve("config/settings.json");
        SettingsStore store = new SettingsStore(file);
        assertThat(store.get()).isEqualTo(Settings.defaults());

        store.update(s -> s.withEdits(sample()));
        store.update(s -> s.withRecent("s3://bucket/raw/"));

        Settings again = new SettingsStore(file).get();
        assertThat(again.withEdits(Settings.defaults()).recentSources()).containsExactly("s3://bucket/raw/");
        assertThat(again.s3().toS3Settings())
                .isEqualTo(new S3Settings("team", java.net.URI.create("http://localhost:9000"), null, true));
        assertThat(again.threads()).isEqualTo(6);
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("settings.json");
        }
    }

    @Test
    void anUnreadableFileGivesTheDefaults() throws IOException {
        Path file = Files.writeString(tmp.resolve("settings.json"), "{ not json");
        assertThat(new SettingsStore(file).get()).isEqualTo(Settings.defaults());
        Files.writeString(file, "{\"s3\": {\"endpoint\": \"http://a b\"}, \"threads\": 3}");
        assertThat(new SettingsStore(file).get())
                .as("an endpoint that is no URI")
                .isEqualTo(Settings.defaults());
    }

    @Test
    void recentSourcesAreNewestFirstOnceEachAndBounded() {
        Settings s = Settings.defaults();
        for (int i = 0; i < Settings.RECENT_KEPT + 3; i++) {
            s = s.withRecent("/videos/" + i);
        }
        s = s.withRecent("/videos/5");
        List<String> expected = IntStream.iterate(Settings.RECENT_KEPT + 2, i -> i - 1)
                .limit(Settings.RECENT_KEPT)
                .filter(i -> i != 5)
                .mapToObj(i -> "/videos/" + i)
                .toList();
        assertThat(s.recentSources()).first().isEqualTo("/videos/5");
        assertThat(s.recentSources().subList(1, s.recentSources().size()))
                .isEqualTo(expected.subList(0, Settings.RECENT_KEPT - 1));
    }

    @Test
    void sourcesCarryingCredentialsAreNotRemembered() {
        assertThat(Settings.rememberable("/home/me/videos")).isTrue();
        assertThat(Settings.rememberable("s3://bucket/prefix/")).isTrue();
        assertThat(Settings.rememberable("https://example.org/a.mp4")).isTrue();
        assertThat(Settings.rememberable("https://example.org/a.mp4?X-Amz-Signature=abc"))
                .isFalse();
        assertThat(Settings.rememberable("https://user:pw@example.org/a.mp4")).isFalse();
        assertThat(Settings.withoutCredentials("https://user:pw@example.org:8443/v1?key=k"))
                .isEqualTo("https://example.org:8443/v1");
    }

    @Test
    void aNewRunGetsTheSettingsAsOptionsUnlessTheEnvironmentDecides() {
        assertThat(RunDefaults.options(sample(), Map.of()))
                .containsExactly(
                        Map.entry("--captioning-endpoint", "http://127.0.0.1:8000/v1"),
                        Map.entry("--captioning-model", "m"),
                        Map.entry("--threads", "6"),
                        Map.entry("--gpus", "2"),
                        Map.entry("--cache-dir", "/data/cache"));
        assertThat(RunDefaults.options(sample(), Map.of("CLIPSIFT_GPUS", "0", "CLIPSIFT_CACHE", "/elsewhere")))
                .doesNotContainKeys("--gpus", "--cache-dir")
                .containsKey("--threads");
        assertThat(RunDefaults.options(Settings.defaults(), Map.of())).isEmpty();
    }

    @Test
    void withoutAKeyringAKeyIsKeptForTheSessionOnly() {
        Secrets secrets = Secrets.inMemory();
        assertThat(secrets.get(Secrets.CAPTIONING_API_KEY)).isEmpty();
        assertThat(secrets.put(Secrets.CAPTIONING_API_KEY, "k-123456")).isEqualTo(Secrets.Kept.SESSION);
        assertThat(secrets.get(Secrets.CAPTIONING_API_KEY)).contains("k-123456");
        assertThat(secrets.known()).containsExactly("k-123456");
        assertThat(Secrets.inMemory().get(Secrets.CAPTIONING_API_KEY))
                .as("another session")
                .isEmpty();
    }

    @Test
    void theDeviceChoicesMapToGpuCounts() {
        for (String choice : SettingsFields.deviceChoices()) {
            assertThat(SettingsFields.deviceChoice(SettingsFields.gpus(choice))).isEqualTo(choice);
        }
        assertThat(SettingsFields.gpus(SettingsFields.CPU_ONLY)).isZero();
        assertThat(SettingsFields.gpus(SettingsFields.AUTOMATIC)).isNull();
        assertThat(SettingsFields.gpus("2 GPUs")).isEqualTo(2);
    }

    @Test
    void aThreadCountIsAWholeNumberAboveZeroThatFitsAnInt() {
        assertThat(SettingsFields.threads(" 4 ")).isEqualTo(4);
        assertThat(SettingsFields.threads("")).isNull();
        for (String bad : List.of("0", "-2", "many", "99999999999")) {
            assertThatThrownBy(() -> SettingsFields.threads(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Threads must be a whole number above 0");
        }
    }
}
