package dev.clipsift.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.app.WorkbenchWindow;
import dev.clipsift.app.launch.LauncherRobot;
import dev.clipsift.caption.FakeVlmServer;
import dev.clipsift.pipeline.StageProgress;
import dev.clipsift.review.CaptionHistory;
import dev.clipsift.review.ReviewIndex;
import dev.clipsift.review.ReviewRun;
import dev.clipsift.shard.ShardChecks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.controlsfx.control.RangeSlider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole way through the real windows, headless, as the "done when" reads: "New run…" on two of the
 * shipped sample clips with captions from a loopback server that speaks the OpenAI protocol ({@link FakeVlmServer}:
 * each caption says what it was sent and the prompt's first words), the run watched to its end, its review opened,
 * a score slider dragged (the grid re-filters), a lasso drawn with Shift held round a point on the embedding map
 * (its clips become the review set), a clip rejected, another's caption edited, undone and redone from the
 * keyboard, the kept clips exported (the edit is in the shard tar, the rejected clip is not), and the edited clip
 * captioned again with a prompt of the reviewer's, as a new version through the engine.
 */
@ExtendWith(ApplicationExtension.class)
class LaunchToExportUiTest {
    static final String MODEL = "test-vlm";
    static final String EDITED = "Cyclists race along a wet road.";
    static final String PROMPT = "Describe the riders briefly please";

    @TempDir
    static Path videos;

    @TempDir
    static Path cache;

    @TempDir
    static Path config;

    @TempDir
    Path out;

    private static FakeVlmServer server;
    private WorkbenchWindow.Opened window;
    private Stage main;
    private ReviewView review;

    @BeforeAll
    static void samplesAndServer() throws Exception {
        for (String s : ReviewRunFixture.SAMPLES) {
            Files.copy(ReviewRunFixture.samples().resolve(s), videos.resolve(s));
        }
        System.setProperty("clipsift.config.dir", config.toString());
        server = new FakeVlmServer(0, MODEL);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        main = stage;
        window = WorkbenchWindow.open(stage, cache);
    }

    @Stop
    void stop() throws Exception {
        if (review != null) {
            ReviewRun r = review.model().run().get();
            if (r != null) {
                r.close();
            }
        }
        window.close();
    }

    private static <T> void assertBecomes(String what, Callable<T> value, T expected) throws Exception {
        WorkbenchWindow.assertBecomes(120, what, value, expected);
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get();
    }

    private ReviewViewModel model() {
        return review.model();
    }

    @Test
    void launchWatchReviewFilterLassoRejectEditUndoRedoExportAndCaptionAgain(FxRobot robot) throws Exception {
        Path run = launchAndWatch(robot);

        robot.interact(() -> review = ReviewWindow.show(new Stage(), main, window.services(), run));
        assertBecomes(
                "the review is open",
                () -> model().run().get() != null && !model().tiles().isEmpty(),
                true);
        int total = fx(() -> model().run().get().index().size());
        assertThat(fx(() -> model().tiles().size())).isEqualTo(Math.min(ReviewViewModel.PAGE_SIZE, total));

        dragASlider(robot, total);
        lassoOnTheMap(robot);

        robot.type(KeyCode.G);
        robot.clickOn("#clear-set");
        assertThat(fx(() -> model().rows().length)).isEqualTo(total);
        robot.clickOn("#reject-reason").write("wobbly");
        robot.clickOn("#review-tile-0");
        int rejected = fx(() -> model().current().get());
        robot.type(KeyCode.R);
        assertBecomes(
                "the tile says who rejected it and why",
                () -> robot.lookup("#review-tile-0 .review-verdict")
                        .queryAs(Label.class)
                        .getText(),
                "rejected: rejected by " + ReviewRun.defaultAuthor() + ": wobbly");

        robot.type(KeyCode.RIGHT);
        int edited = fx(() -> model().current().get());
        assertThat(edited).isNotEqualTo(rejected);
        String engine = fx(() -> model().run().get().windows(edited).get(0));
        assertThat(engine).as("the loopback server's caption").contains(" images ");
        robot.type(KeyCode.E);
        TextArea window0 = robot.lookup("#caption-window-0").queryAs(TextArea.class);
        assertThat(window0.getText()).isEqualTo(engine);
        robot.interact(window0::selectAll);
        robot.write(EDITED);
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        assertBecomes(
                "the edit is saved", () -> model().run().get().windows(edited).get(0), EDITED);
        robot.type(KeyCode.ESCAPE);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertBecomes("undone", window0::getText, engine);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertBecomes("redone", window0::getText, EDITED);

        robot.clickOn("#export");
        assertBecomes("exported", () -> model().status().get().startsWith("Exported"), true);
        ReviewIndex index = fx(() -> model().run().get().index());
        assertThat(exportedCaptions(run.resolve("review/export")))
                .as("the shard tars hold the edited caption and not the rejected clip")
                .containsEntry(index.id(edited), EDITED)
                .doesNotContainKey(index.id(rejected));

        robot.clickOn("#recaption-prompt").write(PROMPT);
        robot.clickOn("#recaption");
        assertBecomes("captioned again", () -> model().status().get(), "Captioned 1 clip again");
        String again = fx(() -> model().run().get().windows(edited).get(0));
        assertThat(again)
                .as("the new version answers the reviewer's prompt")
                .endsWith(
                        ": " + String.join(" ", Arrays.asList(PROMPT.split(" ")).subList(0, 4)));
        List<CaptionHistory.Version> history = fx(() -> model().run().get().history(edited));
        assertThat(history).last().satisfies(v -> {
            assertThat(v.by()).isEqualTo(MODEL);
            assertThat(v.human()).isFalse();
        });
        assertThat(history)
                .as("the engine's caption, the edit, its undo and redo, then the new version")
                .hasSize(5);
        assertThat(server.received()).last().satisfies(r -> assertThat(r.text()).contains(PROMPT));
    }

    /** Fills the form as a person would, starts the run and watches it end; returns its folder. */
    private Path launchAndWatch(FxRobot robot) throws Exception {
        LauncherRobot.open(robot, window.workbench(), videos);
        Path run = out.resolve("run");
        LauncherRobot.set(robot, "output", run.toString());
        LauncherRobot.set(robot, "splitting-algorithm", "fixed-stride");
        LauncherRobot.set(robot, "fixed-stride-split-duration", "2");
        LauncherRobot.set(robot, "text-filter", "disable");
        LauncherRobot.set(robot, "embeddings", "true");
        LauncherRobot.set(robot, "captioning-endpoint", server.endpoint());
        LauncherRobot.set(robot, "captioning-model", MODEL);
        List<String> statuses = new ArrayList<>();
        robot.interact(
                () -> LauncherRobot.status(robot).textProperty().addListener((o, was, now) -> statuses.add(now)));

        robot.clickOn("#launch-start");

        assertThat(LauncherRobot.ended(robot)).startsWith("Done: 2 videos (0 failed), ");
        assertThat(fx(() -> List.copyOf(statuses)))
                .as("the run was watched as it went")
                .anyMatch(s -> s.matches("\\d+ of 2 videos done.*"));
        TableView<?> stages = robot.lookup("#launch-stages").queryAs(TableView.class);
        assertThat(fx(() -> List.copyOf(stages.getItems())))
                .map(StageProgress.class::cast)
                .filteredOn(p -> p.stage().startsWith("caption"))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.itemsOut()).isPositive());
        return run;
    }

    /** Drags a score slider's low thumb to the middle with the mouse: the grid shows only the clips above it. */
    private void dragASlider(FxRobot robot, int total) throws Exception {
        RangeSlider slider = robot.lookup(".range-slider").queryAs(RangeSlider.class);
        String score = slider.getId().substring("slider-".length());
        Node low = robot.from(slider).lookup(".low-thumb").query();
        double width = fx(() -> slider.getWidth());
        robot.drag(low, MouseButton.PRIMARY).moveBy(width / 2, 0).drop();
        double cut = fx(slider::getLowValue);
        assertThat(cut).isGreaterThan(slider.getMin());
        ReviewIndex index = fx(() -> model().run().get().index());
        int[] shown = fx(() -> model().rows());
        assertThat(shown.length).isLessThan(total);
        assertThat(Arrays.stream(shown).mapToDouble(r -> index.score(score, r))).allMatch(v -> v >= cut - 1e-6);
        assertThat(fx(() -> model().tiles().size())).isEqualTo(Math.min(ReviewViewModel.PAGE_SIZE, shown.length));

        robot.drag(low, MouseButton.PRIMARY).moveBy(-width, 0).drop();
        assertThat(fx(() -> model().rows().length)).as("the whole range again").isEqualTo(total);
    }

    /** Shift-drags a hexagon round the point farthest inside the map: the clips inside become the review set. */
    private void lassoOnTheMap(FxRobot robot) throws Exception {
        robot.type(KeyCode.M);
        assertBecomes("the map is computed", () -> model().tasks().map().get() != null, true);
        EmbeddingMap map = robot.lookup("#embedding-map").queryAs(EmbeddingMap.class);
        Canvas canvas = robot.lookup("#map-canvas").queryAs(Canvas.class);
        int total = fx(() -> model().run().get().index().size());
        double[][] at = fx(() -> {
            double[][] p = new double[total][];
            for (int row = 0; row < total; row++) {
                p[row] = map.position(row);
            }
            return p;
        });
        double w = fx(canvas::getWidth);
        double h = fx(canvas::getHeight);
        int target = -1;
        double room = -1;
        for (int row = 0; row < total; row++) {
            if (at[row] != null) {
                double r = Math.min(Math.min(at[row][0], w - at[row][0]), Math.min(at[row][1], h - at[row][1]));
                if (r > room) {
                    room = r;
                    target = row;
                }
            }
        }
        double radius = Math.min(40, room - 2);
        assertThat(radius).as("room round a point").isGreaterThan(4);
        double cx = at[target][0];
        double cy = at[target][1];
        robot.press(KeyCode.SHIFT);
        robot.moveTo(screen(canvas, cx + radius, cy));
        robot.press(MouseButton.PRIMARY);
        for (int k = 1; k <= 6; k++) {
            double a = k * Math.PI / 3;
            robot.moveTo(screen(canvas, cx + radius * Math.cos(a), cy + radius * Math.sin(a)));
        }
        robot.release(MouseButton.PRIMARY);
        robot.release(KeyCode.SHIFT);

        int[] set = fx(() -> model().rows());
        assertThat(set).as("the point lassoed").contains(target);
        for (int row = 0; row < total; row++) {
            if (at[row] != null) {
                double d = Math.hypot(at[row][0] - cx, at[row][1] - cy);
                if (d > radius + 1) {
                    int outside = row;
                    assertThat(set).as("a point outside the lasso").doesNotContain(outside);
                } else if (d < radius * Math.cos(Math.PI / 6) - 1) {
                    int inside = row;
                    assertThat(set).as("a point well inside the lasso").contains(inside);
                }
            }
        }
        assertThat(fx(() -> model().status().get())).endsWith("(review set)");
    }

    private static Point2D screen(Canvas canvas, double x, double y) throws Exception {
        return fx(() -> canvas.localToScreen(x, y));
    }

    /** Each exported clip's caption ({@code <id>.txt}), by clip id, read from the shard tars. */
    private static java.util.Map<String, String> exportedCaptions(Path export) throws Exception {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String tar : ShardChecks.tars(export)) {
            for (ShardChecks.Member m : ShardChecks.members(export.resolve(tar))) {
                if (m.ext().equals("txt")) {
                    out.put(m.key(), new String(m.bytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}
