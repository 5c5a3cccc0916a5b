package dev.clipsift.app.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.app.ClipSiftApp;
import dev.clipsift.app.GeneratedVideos;
import dev.clipsift.app.WorkbenchWindow;
import dev.clipsift.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Runs tab's Review button, headless: a finished run (two generated videos run through {@code clipsift run})
 * and a remembered folder that is gone are listed; Review opens the finished one and is off for the gone one.
 */
@ExtendWith(ApplicationExtension.class)
class RunsViewUiTest {
    @TempDir
    static Path work;

    private static Path run;
    private static Path gone;
    private final List<Path> reviewed = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void aRunAndAGoneFolder() throws Exception {
        Path videos = Files.createDirectories(work.resolve("videos"));
        GeneratedVideos.generate(videos, 2);
        run = work.resolve("run");
        CliRun r = CliRun.of(
                "run",
                "--input",
                videos.toString(),
                "--output",
                run.toString(),
                "--splitting-algorithm",
                "fixed-stride",
                "--fixed-stride-split-duration",
                "0.5",
                "--min-clip-length-s",
                "0.4",
                "--min-clip-length-frames",
                "10",
                "--text-filter",
                "disable",
                "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
        gone = work.resolve("gone");
    }

    @Start
    void start(Stage stage) throws Exception {
        RecentRuns recent = new RecentRuns(work.resolve("recent-runs.json"));
        recent.add(gone, gone.toString());
        recent.add(run, run.toString());
        RunsViewModel model = new RunsViewModel(recent, Runnable::run, Runnable::run);
        Scene scene = new Scene(new RunsView(model, command -> null, reviewed::add), 1200, 600);
        scene.getStylesheets().add(ClipSiftApp.CSS);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void reviewOpensTheSelectedRunAndIsOffForAFolderThatIsGone(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#runs-table").queryAs(TableView.class);
        Button review = robot.lookup("#runs-review").queryAs(Button.class);
        WorkbenchWindow.assertBecomes(
                30, "both runs listed", () -> table.getItems().size(), 2);
        assertThat(review.isDisabled()).as("nothing selected").isTrue();

        robot.clickOn(gone.toString());
        assertThat(((RunEntry) table.getSelectionModel().getSelectedItem()).state())
                .isEqualTo(RunEntry.State.MISSING);
        assertThat(review.isDisabled()).as("a folder that is gone").isTrue();

        robot.clickOn(run.toString());
        assertThat(((RunEntry) table.getSelectionModel().getSelectedItem()).state())
                .isEqualTo(RunEntry.State.COMPLETE);
        robot.clickOn(review);
        assertThat(reviewed).containsExactly(run);
    }
}
