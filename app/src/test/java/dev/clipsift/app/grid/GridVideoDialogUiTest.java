package dev.clipsift.app.grid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.app.GeneratedVideos;
import dev.clipsift.app.WorkbenchWindow;
import dev.clipsift.video.FFmpegLog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The real window, headless: the sample browser's "Make grid video…" dialog writes a small grid of the sample shown. */
@ExtendWith(ApplicationExtension.class)
class GridVideoDialogUiTest {
    @TempDir
    static Path videos;

    @TempDir
    static Path cache;

    @TempDir
    Path out;

    private WorkbenchWindow.Opened window;

    @BeforeAll
    static void makeVideos() throws IOException {
        GeneratedVideos.generate(videos, 6);
        FFmpegLog.quiet();
    }

    @Start
    void start(Stage stage) throws IOException {
        window = WorkbenchWindow.open(stage, cache, () -> 5);
    }

    @Stop
    void stop() throws IOException {
        window.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WorkbenchWindow.waitUntil(60, condition);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDialogWritesA2x2GridOfTheSampleShownThatDecodesAtTheAskedSizeAndLength(FxRobot robot) throws Exception {
        robot.interact(
                () -> window.workbench().model().sample().seedTextProperty().set("11"));
        robot.interact(() -> window.workbench().model().open(videos));
        robot.interact(() -> window.workbench().view().selectTab("samples"));
        waitUntil(() -> window.workbench().model().sample().tiles().size() == 6);

        robot.clickOn("#make-grid-video");
        waitUntil(() -> robot.lookup("#grid-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#grid-source-sample")
                        .queryAs(RadioButton.class)
                        .isSelected())
                .isTrue();
        assertThat(robot.lookup("#grid-seed").queryAs(TextField.class).getText())
                .isEqualTo("11");
        assertThat(robot.lookup("#grid-cols").queryAs(Spinner.class).getValue()).isEqualTo(10);
        Path video = out.resolve("small grid.mp4");
        robot.interact(() -> {
            robot.lookup("#grid-cols").queryAs(Spinner.class).getValueFactory().setValue(2);
            robot.lookup("#grid-rows").queryAs(Spinner.class).getValueFactory().setValue(2);
        });
        robot.clickOn("#grid-length").eraseText(1).write("1");
        robot.clickOn("#grid-fps").eraseText(2).write("10");
        robot.interact(
                () -> robot.lookup("#grid-output").queryAs(TextField.class).setText(video.toString()));
        robot.clickOn("#grid-start");

        Label status = robot.lookup("#grid-status").queryAs(Label.class);
        waitUntil(
                () -> status.getText().startsWith("Wrote ") || status.getText().startsWith("Cannot"));
        assertThat(status.getText()).isEqualTo("Wrote " + video + ": 384\u00d7216, 10 frames, 4 tiles.");

        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(video.toFile())) {
            g.start();
            int frames = 0;
            for (Frame f; (f = g.grabImage()) != null; ) {
                frames++;
            }
            assertThat(g.getImageWidth()).isEqualTo(384);
            assertThat(g.getImageHeight()).isEqualTo(216);
            assertThat(frames).isEqualTo(10);
            assertThat(g.getFrameRate()).isEqualTo(10.0);
        }
        robot.clickOn("#grid-cancel");
        waitUntil(() -> robot.lookup("#grid-dialog").tryQuery().isEmpty());
    }
}
