package dev.clipsift.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.app.WorkbenchWindow;
import dev.clipsift.io.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The Settings dialog, headless: values changed there are saved to settings.json, shown again when it reopens,
 * and take effect (S3 defaults, a new run's form); the API key typed there reaches neither the settings file nor
 * the diagnostics zip, even when a log line held it.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsDialogUiTest {
    @TempDir
    static Path cache;

    @TempDir
    static Path config;

    @TempDir
    static Path logs;

    @TempDir
    Path out;

    private final String secret = "sk-test-" + UUID.randomUUID();
    private WorkbenchWindow.Opened window;

    @BeforeAll
    static void isolate() {
        System.setProperty("clipsift.config.dir", config.toString());
        System.setProperty("clipsift.log.dir", logs.toString());
    }

    @Start
    void start(Stage stage) throws IOException {
        window = WorkbenchWindow.open(stage, cache, () -> 3);
    }

    @Stop
    void stop() throws IOException {
        window.close();
    }

    private static void openSettings(FxRobot robot) throws Exception {
        robot.clickOn("File").clickOn("Settings\u2026");
        WorkbenchWindow.waitUntil(
                30, () -> robot.lookup("#settings-save").tryQuery().isPresent());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    private static void set(FxRobot robot, String id, String value) {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> f.setText(value));
    }

    @Test
    void savedSettingsAreShownAgainTakeEffectAndKeepTheApiKeyOutOfTheFileAndTheDiagnostics(FxRobot robot)
            throws Exception {
        openSettings(robot);
        robot.clickOn("#settings-captioning-endpoint").write("http://127.0.0.1:8011/v1");
        robot.clickOn("#settings-captioning-model").write("Qwen/Qwen2.5-VL-7B-Instruct");
        set(robot, "#settings-s3-endpoint", "http://localhost:9000");
        set(robot, "#settings-preview-cache-mb", "512");
        @SuppressWarnings("unchecked")
        ComboBox<String> device = robot.lookup("#settings-device").queryAs(ComboBox.class);
        robot.interact(() -> device.setValue(SettingsFields.CPU_ONLY));
        robot.clickOn("#settings-api-key").write(secret);
        set(robot, "#settings-threads", "many");

        robot.clickOn("#settings-save");
        assertThat(robot.lookup("#settings-message").queryAs(Label.class).getText())
                .as("a wrong field keeps the dialog open and says why")
                .contains("Threads must be a whole number");
        assertThat(Files.exists(window.services().settings().file())).isFalse();

        set(robot, "#settings-threads", "3");
        robot.clickOn("#settings-save");
        WorkbenchWindow.waitUntil(
                30, () -> robot.lookup("#settings-save").tryQuery().isEmpty());

        String file = Files.readString(window.services().settings().file(), StandardCharsets.UTF_8);
        JsonNode saved = Json.mapper().readTree(file);
        assertThat(saved.at("/captioning/endpoint").asText()).isEqualTo("http://127.0.0.1:8011/v1");
        assertThat(saved.at("/captioning/model").asText()).isEqualTo("Qwen/Qwen2.5-VL-7B-Instruct");
        assertThat(saved.at("/s3/endpoint").asText()).isEqualTo("http://localhost:9000");
        assertThat(saved.get("threads").asInt()).isEqualTo(3);
        assertThat(saved.get("gpus").asInt()).isZero();
        assertThat(saved.get("preview_cache_mb").asLong()).isEqualTo(512);
        assertThat(file).as("the settings file").doesNotContain(secret);
        assertThat(window.services().secrets().get(Secrets.CAPTIONING_API_KEY)).contains(secret);

        assertThat(window.workbench().model().s3Settings().endpoint()).hasToString("http://localhost:9000");
        var form = window.workbench().model().launcher("run").form();
        assertThat(form.field("--captioning-endpoint")
                        .orElseThrow()
                        .valueProperty()
                        .get())
                .isEqualTo("http://127.0.0.1:8011/v1");
        assertThat(form.field("--threads").orElseThrow().valueProperty().get()).isEqualTo("3");

        openSettings(robot);
        assertThat(text(robot, "#settings-captioning-endpoint")).isEqualTo("http://127.0.0.1:8011/v1");
        assertThat(text(robot, "#settings-captioning-model")).isEqualTo("Qwen/Qwen2.5-VL-7B-Instruct");
        assertThat(text(robot, "#settings-threads")).isEqualTo("3");
        assertThat(text(robot, "#settings-preview-cache-mb")).isEqualTo("512");
        assertThat(device(robot)).isEqualTo(SettingsFields.CPU_ONLY);
        assertThat(robot.lookup("#settings-api-key")
                        .queryAs(PasswordField.class)
                        .getText())
                .as("the key is never shown again")
                .isEmpty();
        robot.clickOn("Cancel");

        Files.writeString(
                logs.resolve("workbench.log"),
                "2026-12-03 17:00:00.000 WARN  [main] dev.clipsift.Test - a careless line with " + secret + "\n");
        Path zip = out.resolve("diagnostics.zip");
        robot.interact(() -> window.workbench().model().exportDiagnostics(zip));
        WorkbenchWindow.waitUntil(60, () -> Files.isRegularFile(zip));
        List<String> names = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) {
                names.add(e.getName());
                String content = new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                assertThat(content).as(e.getName()).doesNotContain(secret);
            }
            String settings =
                    new String(z.getInputStream(z.getEntry("settings.json")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(settings).contains("http://127.0.0.1:8011/v1");
            String log = new String(
                    z.getInputStream(z.getEntry("logs/workbench.log")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(log).contains("a careless line with [secret removed]");
        }
        assertThat(names).contains("versions.txt", "settings.json", "environment.txt", "logs/workbench.log");
    }

    @SuppressWarnings("unchecked")
    private static String device(FxRobot robot) {
        return ((ComboBox<String>) robot.lookup("#settings-device").queryAs(ComboBox.class)).getValue();
    }
}
