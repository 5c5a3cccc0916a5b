package dev.clipsift.app.curate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.TestData;
import dev.clipsift.app.AppServices;
import dev.clipsift.app.Workbench;
import dev.clipsift.app.WorkbenchWindow;
import dev.clipsift.engine.DefaultFamilies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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

/** The real window, headless: "Curate…" runs the engine on the open folder and lists the clips it made. */
@ExtendWith(ApplicationExtension.class)
class CurateDialogUiTest {
    @TempDir
    static Path input;

    @TempDir
    static Path cache;

    @TempDir
    Path out;

    private AppServices services;
    private Workbench workbench;

    @BeforeAll
    static void makeInput() throws IOException {
        Files.copy(TestData.video("carphone_pristine.mp4"), input.resolve("carphone.mp4"));
    }

    @Start
    void start(Stage stage) throws IOException {
        services = AppServices.open(cache, Platform::runLater);
        workbench = WorkbenchWindow.show(stage, services, () -> 5);
    }

    @Stop
    void stop() throws IOException {
        services.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WorkbenchWindow.waitUntil(90, condition);
    }

    @Test
    void curatingTheOpenFolderListsTheClipsTheRunWrote(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.model().open(input));
        robot.clickOn("#curate");
        waitUntil(() -> robot.lookup("#curate-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#curate-input").queryAs(Label.class).getText()).isEqualTo(input.toString());
        Path run = out.resolve("run");
        robot.interact(
                () -> robot.lookup("#curate-output").queryAs(TextField.class).setText(run.toString()));
        robot.clickOn("#curate-start");

        Label status = robot.lookup("#curate-status").queryAs(Label.class);
        waitUntil(() ->
                status.getText().startsWith("1 video ") || status.getText().startsWith("Cannot"));
        assertThat(status.getText()).startsWith("1 video (0 failed), ").endsWith(" in " + run);
        TableView<?> clips = robot.lookup("#curate-clips").queryAs(TableView.class);
        long onDisk;
        try (Stream<Path> s = Files.list(run.resolve("clips"))) {
            onDisk = s.filter(p -> p.toString().endsWith(".mp4")).count();
        }
        assertThat(clips.getItems()).hasSize((int) onDisk).isNotEmpty();
        for (TableColumn<?, ?> column : clips.getColumns()) {
            if (List.of("Quality", "Motion").contains(column.getText())) {
                assertThat(String.valueOf(column.getCellData(0)))
                        .as("the clip's %s score, as the run wrote it", column.getText())
                        .matches("\\d+\\.\\d+");
            }
        }
        TableView<?> stages = robot.lookup("#curate-stages").queryAs(TableView.class);
        List<String> expected = DefaultFamilies.runStages();
        waitUntil(() -> stages.getItems().size() == expected.size()
                && robot.lookup("#curate-stages .table-row-cell").queryAll().stream()
                        .anyMatch(row ->
                                robot.from(row).lookup("probe").tryQuery().isPresent()));
        robot.interact(() -> stages.scrollTo(expected.size() - 1));
        waitUntil(() -> robot.lookup("#curate-stages .table-row-cell").queryAll().stream()
                .anyMatch(row -> robot.from(row).lookup("records").tryQuery().isPresent()));
        robot.clickOn("#curate-cancel");
        waitUntil(() -> robot.lookup("#curate-dialog").tryQuery().isEmpty());
    }
}
