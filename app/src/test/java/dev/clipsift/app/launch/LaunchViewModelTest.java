package dev.clipsift.app.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.cli.RunLaunch;
import dev.clipsift.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Save config and Open config without a window: the settings the form resolves to are written as the JSON
 * {@code clipsift run --config} reads, and opened back into an empty form (the output chosen again, as the command
 * line asks) they resolve to the same run. (Saving
 * and opening are synchronous; the executors are the calling thread.)
 */
class LaunchViewModelTest {
    @TempDir
    Path dir;

    private static LaunchViewModel launcher(RunForm form) {
        return new LaunchViewModel(form, Runnable::run, Runnable::run, RunWatcher.NONE, List::of);
    }

    private static void set(RunForm form, String option, String value) {
        form.field(option).orElseThrow().valueProperty().set(value);
    }

    @Test
    void savedSettingsOpenBackIntoAnEmptyFormAsTheSameRun() throws IOException {
        RunForm form = RunForm.of("run");
        set(form, "--input", Files.createDirectories(dir.resolve("videos")).toString());
        set(form, "--output", dir.resolve("run").toString());
        set(form, "--splitting-algorithm", "fixed-stride");
        set(form, "--fixed-stride-split-duration", "0.5");
        set(form, "--motion-filter", "enable");
        set(form, "--captioning-endpoint", "http://127.0.0.1:9/v1");
        set(form, "--captioning-model", "some-vlm");
        LaunchViewModel first = launcher(form);
        Path file = dir.resolve("settings.json");

        first.saveConfig(file);

        assertThat(first.job().statusProperty().get()).startsWith("Saved the settings to " + file);
        JsonNode saved = Json.mapper().readTree(file.toFile());
        assertThat(saved.toString())
                .contains("fixed-stride")
                .contains("0.5")
                .contains("http://127.0.0.1:9/v1")
                .contains("some-vlm");

        RunForm reopened = RunForm.of("run");
        set(reopened, "--splitting-algorithm", "content");
        LaunchViewModel second = launcher(reopened);
        second.openConfig(file);

        assertThat(reopened.field("--config").orElseThrow().value()).isEqualTo(file.toString());
        assertThat(reopened.field("--splitting-algorithm").orElseThrow().value())
                .as("the form is emptied, so the file's value holds")
                .isEmpty();
        assertThat(second.job().statusProperty().get()).endsWith("choose an output folder.");
        set(reopened, "--output", dir.resolve("run").toString());
        Path again = dir.resolve("again.json");
        second.saveConfig(again);
        assertThat(again).as("the reopened form resolves to the saved run").hasSameTextualContentAs(file);

        set(reopened, "--fixed-stride-split-duration", "2");
        assertThat(Json.mapper().writeValueAsString(RunLaunch.resolve(reopened.arguments())))
                .as("a field filled in over the file wins")
                .containsPattern("\"stride_s\" ?: ?2\\.0\\b")
                .contains("some-vlm");
    }
}
