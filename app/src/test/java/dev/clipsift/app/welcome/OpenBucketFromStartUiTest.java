package dev.clipsift.app.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.app.GeneratedVideos;
import dev.clipsift.app.S3Buckets;
import dev.clipsift.app.WorkbenchWindow;
import dev.clipsift.app.settings.Settings;
import dev.clipsift.app.settings.SettingsStore;
import dev.clipsift.io.Json;
import dev.clipsift.source.S3Settings;
import dev.clipsift.source.S3TestServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
 * The start page's "Open bucket..." on a real S3 API (S3Mock): the bucket opens with the S3 defaults the settings
 * file holds (endpoint, region, path-style), with no S3 options set in the window.
 */
@ExtendWith(ApplicationExtension.class)
class OpenBucketFromStartUiTest {
    @TempDir
    static Path videos;

    @TempDir
    static Path cache;

    @TempDir
    static Path config;

    private static String bucket;
    private WorkbenchWindow.Opened window;

    @BeforeAll
    static void upload() throws IOException {
        System.setProperty("clipsift.config.dir", config.toString());
        bucket = S3Buckets.with("clips/", GeneratedVideos.generate(videos, 3));
        S3Settings s3 = S3TestServer.settings();
        Json.writeAtomically(
                cache.resolve("settings.json"),
                new Settings(
                        new Settings.S3(null, s3.endpoint().toString(), s3.region(), s3.pathStyle()),
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of()));
    }

    @Start
    void start(Stage stage) throws IOException {
        window = WorkbenchWindow.open(stage, cache, () -> 5);
    }

    @Stop
    void stop() throws IOException {
        window.close();
    }

    @Test
    void aBucketOpensFromTheStartPageWithTheSettingsS3Defaults(FxRobot robot) throws Exception {
        assertThat(window.services().settings().file()).isEqualTo(cache.resolve("settings.json"));
        assertThat(window.workbench().model().s3Settings()).isEqualTo(S3TestServer.settings());
        String spec = "s3://" + bucket + "/clips/";

        robot.clickOn("#welcome-bucket");
        WorkbenchWindow.waitUntil(
                30, () -> robot.lookup("#bucket-spec").tryQuery().isPresent());
        robot.clickOn("#bucket-spec")
                .type(KeyCode.END)
                .write(bucket + "/clips/")
                .clickOn("OK");

        TableView<?> table = robot.lookup("#files").queryAs(TableView.class);
        WorkbenchWindow.waitUntil(
                60,
                () -> table.getItems().size() == 3
                        && !window.workbench().model().library().busyProperty().get());
        assertThat(window.workbench().model().library().records())
                .extracting(r -> r.path())
                .containsExactly(spec + "clip-00.mp4", spec + "clip-01.mp4", spec + "clip-02.mp4");
        WorkbenchWindow.assertBecomes(
                30,
                "the bucket is remembered",
                () -> new SettingsStore(cache.resolve("settings.json")).get().recentSources(),
                List.of(spec));
    }
}
