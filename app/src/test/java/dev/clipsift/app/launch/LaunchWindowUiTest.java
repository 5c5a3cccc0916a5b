package dev.clipsift.app.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.RunRecords;
import dev.clipsift.app.GeneratedVideos;
import dev.clipsift.app.S3Buckets;
import dev.clipsift.app.Workbench;
import dev.clipsift.app.WorkbenchWindow;
import dev.clipsift.app.runs.RunEntry;
import dev.clipsift.io.Json;
import dev.clipsift.pipeline.StageProgress;
import dev.clipsift.source.S3TestServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
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
 * The real window, headless: "New run…" opens the launcher on the open folder of 12 generated 1 s videos; the form
 * (generated from {@code clipsift run}'s options) is filled for half-second fixed-stride clips without OCR, the run
 * starts, shows each stage's counts, ends, and the Runs tab lists it.
 */
@ExtendWith(ApplicationExtension.class)
class LaunchWindowUiTest {
    private static final int VIDEOS = 12;

    @TempDir
    static Path videos;

    @TempDir
    static Path cache;

    @TempDir
    static Path config;

    @TempDir
    Path out;

    private WorkbenchWindow.Opened window;
    private Workbench workbench;

    @BeforeAll
    static void makeVideos() throws IOException {
        GeneratedVideos.generate(videos, VIDEOS);
        System.setProperty("clipsift.config.dir", config.toString());
    }

    @Start
    void start(Stage stage) throws IOException {
        window = WorkbenchWindow.open(stage, cache);
        workbench = window.workbench();
    }

    @Stop
    void stop() throws IOException {
        window.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        LauncherRobot.waitUntil(condition);
    }

    private void openLauncher(FxRobot robot) throws TimeoutException {
        LauncherRobot.open(robot, workbench, videos);
    }

    private static void set(FxRobot robot, String option, String value) {
        LauncherRobot.set(robot, option, value);
    }

    /** Half-second clips of the 1 s videos, no OCR: quick on two busy cores. */
    private static void quickRun(FxRobot robot, Path run) {
        set(robot, "output", run.toString());
        set(robot, "splitting-algorithm", "fixed-stride");
        set(robot, "fixed-stride-split-duration", "0.5");
        set(robot, "min-clip-length-s", "0.4");
        set(robot, "min-clip-length-frames", "10");
        set(robot, "text-filter", "disable");
    }

    private static Label status(FxRobot robot) {
        return LauncherRobot.status(robot);
    }

    private static String ended(FxRobot robot) throws TimeoutException {
        return LauncherRobot.ended(robot);
    }

    private RunEntry listed(FxRobot robot, Path run, RunEntry.State state) throws TimeoutException {
        robot.interact(() -> workbench.view().selectTab("runs"));
        TableView<?> runs = robot.lookup("#runs-table").queryAs(TableView.class);
        waitUntil(() -> runs.getItems().stream()
                .anyMatch(r -> ((RunEntry) r).folder().equals(run) && ((RunEntry) r).state() == state));
        return runs.getItems().stream()
                .map(RunEntry.class::cast)
                .filter(r -> r.folder().equals(run))
                .findFirst()
                .orElseThrow();
    }

    private static long clipFiles(Path run) throws IOException {
        try (Stream<Path> s = Files.list(run.resolve("clips"))) {
            return s.filter(p -> p.toString().endsWith(".mp4")).count();
        }
    }

    @Test
    void aRunLaunchedFromTheFormShowsEachStagesCountsEndsAndIsListedComplete(FxRobot robot) throws Exception {
        openLauncher(robot);
        assertThat(robot.lookup("#field-input").queryAs(TextField.class).getText())
                .isEqualTo(videos.toString());
        Path run = out.resolve("run");
        quickRun(robot, run);

        robot.clickOn("#launch-start");

        assertThat(ended(robot))
                .startsWith("Done: " + VIDEOS + " videos (0 failed), ")
                .endsWith(" in " + run);
        TableView<?> stages = robot.lookup("#launch-stages").queryAs(TableView.class);
        assertThat(stages.getItems())
                .map(StageProgress.class::cast)
                .filteredOn(p -> p.stage().equals("probe"))
                .singleElement()
                .satisfies(p -> assertThat(p.itemsIn()).isEqualTo(VIDEOS));
        assertThat(stages.getItems())
                .map(StageProgress.class::cast)
                .filteredOn(p -> p.stage().equals("records"))
                .singleElement()
                .satisfies(p -> assertThat(p.itemsOut()).isEqualTo(VIDEOS));
        ListView<?> log = robot.lookup("#launch-log").queryAs(ListView.class);
        assertThat(log.getItems())
                .map(String::valueOf)
                .anyMatch(l -> l.matches(".*clip-00\\.mp4: [1-9]\\d* clips \\(.*"));

        int clips = Json.mapper()
                .readTree(run.resolve("summary.json").toFile())
                .get("clips")
                .asInt();
        assertThat(clips).isPositive().isEqualTo((int) clipFiles(run));
        RunEntry listed = listed(robot, run, RunEntry.State.COMPLETE);
        assertThat(listed.videos()).isEqualTo(VIDEOS);
        assertThat(listed.clips()).isEqualTo(clips);
    }

    @Test
    void anUnwritableOutputAndADownCaptioningServerAreSaidNextToTheirFields(FxRobot robot) throws Exception {
        Path file = Files.writeString(out.resolve("a-file"), "not a folder");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String endpoint = "http://127.0.0.1:" + port + "/v1";
        openLauncher(robot);
        quickRun(robot, file.resolve("run"));
        set(robot, "captioning-endpoint", endpoint);
        set(robot, "captioning-model", "some-model");

        robot.clickOn("#launch-start");

        assertThat(ended(robot)).isEqualTo("2 settings need a look (see the form).");
        assertThat(robot.lookup("#message-output").queryAs(Label.class).getText())
                .startsWith("Cannot write here: " + file);
        assertThat(robot.lookup("#message-captioning-endpoint")
                        .queryAs(Label.class)
                        .getText())
                .startsWith("No server answers at " + endpoint);
        assertThat(robot.lookup("#section-captioning").queryAs(TitledPane.class).getText())
                .isEqualTo("Captioning  \u26a0 1");
        ListView<?> log = robot.lookup("#launch-log").queryAs(ListView.class);
        assertThat(log.getItems().size()).as("nothing started").isZero();
    }

    @Test
    void aCancelledRunIsListedInterruptedAndResumeFinishesIt(FxRobot robot) throws Exception {
        openLauncher(robot);
        Path run = out.resolve("run");
        quickRun(robot, run);
        Button cancel = robot.lookup("#launch-cancel").queryAs(Button.class);
        Label status = status(robot);
        boolean[] once = {true};
        robot.interact(() -> status.textProperty().addListener((o, was, now) -> {
            if (once[0] && now.matches("[1-9]\\d* of " + VIDEOS + " videos done.*")) {
                once[0] = false;
                cancel.fire();
            }
        }));

        robot.clickOn("#launch-start");

        assertThat(ended(robot)).startsWith("Cancelled: the clips finished so far are kept in " + run);
        assertThat(run.resolve("summary.json")).doesNotExist();
        RunEntry interrupted = listed(robot, run, RunEntry.State.INTERRUPTED);
        assertThat(interrupted.videos()).isBetween(1, VIDEOS - 1);

        robot.clickOn("#launch-resume");

        assertThat(ended(robot)).startsWith("Done: " + VIDEOS + " videos (0 failed), ");
        int clips = Json.mapper()
                .readTree(run.resolve("summary.json").toFile())
                .get("clips")
                .asInt();
        assertThat(clips).isEqualTo((int) clipFiles(run));
        assertThat(listed(robot, run, RunEntry.State.COMPLETE).clips()).isEqualTo(clips);
    }

    @Test
    void anS3PrefixOpenInTheWindowIsTheInputOfARunThatReadsItWithTheWindowsS3Options(FxRobot robot) throws Exception {
        List<Path> three;
        try (Stream<Path> s = Files.list(videos)) {
            three = s.sorted().limit(3).toList();
        }
        String spec = "s3://" + S3Buckets.with("clips/", three) + "/clips/";
        robot.interact(() -> {
            workbench.model().s3Settings(S3TestServer.settings());
            workbench.model().open(spec);
        });
        robot.clickOn("#new-run");
        waitUntil(() -> robot.lookup("#launch-window").tryQuery().isPresent());
        assertThat(robot.lookup("#field-input").queryAs(TextField.class).getText())
                .isEqualTo(spec);
        assertThat(robot.lookup("#field-s3-endpoint").queryAs(TextField.class).getText())
                .isEqualTo(S3TestServer.endpoint().toString());
        Path run = out.resolve("run");
        quickRun(robot, run);

        robot.clickOn("#launch-start");

        assertThat(ended(robot)).startsWith("Done: 3 videos (0 failed), ");
        assertThat(RunRecords.clips(run))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.source().video()).startsWith(spec));
        assertThat(Files.readString(run.resolve("config.json")))
                .contains(spec)
                .doesNotContain(S3TestServer.SECRET_KEY)
                .doesNotContain(S3TestServer.ACCESS_KEY);
        assertThat(listed(robot, run, RunEntry.State.COMPLETE).videos()).isEqualTo(3);
    }

    @Test
    void theRunMenuOpensAFormWithASectionForTheTestFamily(FxRobot robot) throws Exception {
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu run = menus.getMenus().stream()
                .filter(m -> m.getText().equals("Run"))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> run.getItems().get(0).fire());
        waitUntil(() -> robot.lookup("#launch-window").tryQuery().isPresent());

        TitledPane brightness = robot.lookup("#section-brightness").queryAs(TitledPane.class);
        assertThat(brightness.getText()).isEqualTo("Brightness");
        assertThat(robot.from(brightness.getContent())
                        .lookup("#field-brightness-fps")
                        .tryQuery())
                .as("the test family's --brightness-fps, with no UI code for it")
                .isPresent();
        assertThat(robot.from(brightness.getContent())
                        .lookup("#field-brightness")
                        .queryAs(CheckBox.class))
                .isNotNull();
    }
}
