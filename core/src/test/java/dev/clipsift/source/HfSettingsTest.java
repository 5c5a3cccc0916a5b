package dev.clipsift.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HfSettingsTest {
    @TempDir
    Path home;

    private HfSettings from(Map<String, String> env) {
        return HfSettings.from(env::get, home);
    }

    @Test
    void withNothingSetItIsThePublicHubWithoutAToken() {
        HfSettings s = from(Map.of());
        assertThat(s.endpoint()).isEqualTo(HfSettings.DEFAULT_ENDPOINT);
        assertThat(s.hasToken()).isFalse();
        assertThat(s.headers()).isEmpty();
    }

    @Test
    void theTokenComesFromHfTokenBeforeTheLoginFile() throws Exception {
        Files.createDirectories(home.resolve(".cache/huggingface"));
        Files.writeString(home.resolve(".cache/huggingface/token"), "hf_FromFile\n");
        assertThat(from(Map.of()).headers()).containsEntry("Authorization", "Bearer hf_FromFile");
        assertThat(from(Map.of("HF_TOKEN", "hf_FromEnv")).headers())
                .containsEntry("Authorization", "Bearer hf_FromEnv");
        assertThat(from(Map.of("HF_TOKEN", " ")).headers()).containsEntry("Authorization", "Bearer hf_FromFile");
    }

    @Test
    void theLoginFileIsFoundUnderHfHomeOrXdgCacheHome() throws Exception {
        Files.writeString(home.resolve("token"), "hf_InHfHome");
        assertThat(from(Map.of("HF_HOME", home.toString())).headers())
                .containsEntry("Authorization", "Bearer hf_InHfHome");
        Files.createDirectories(home.resolve("xdg/huggingface"));
        Files.writeString(home.resolve("xdg/huggingface/token"), "hf_InXdg");
        assertThat(from(Map.of("XDG_CACHE_HOME", home.resolve("xdg").toString()))
                        .headers())
                .containsEntry("Authorization", "Bearer hf_InXdg");
        assertThat(from(Map.of("HF_TOKEN_PATH", home.resolve("token").toString()))
                        .hasToken())
                .isTrue();
    }

    @Test
    void theEndpointComesFromHfEndpointAndMustBeHttp() {
        assertThat(from(Map.of("HF_ENDPOINT", "http://127.0.0.1:8080/")).endpointShown())
                .isEqualTo("http://127.0.0.1:8080");
        assertThatThrownBy(() -> from(Map.of("HF_ENDPOINT", "ftp://mirror")))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("HF_ENDPOINT");
    }

    @Test
    void theTokenIsNeverPartOfTheSettingsText() {
        HfSettings s = from(Map.of("HF_TOKEN", "hf_Secret123"));
        assertThat(s.toString()).doesNotContain("hf_Secret123").contains("token=set");
    }
}
