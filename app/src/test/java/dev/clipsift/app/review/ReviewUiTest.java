package dev.clipsift.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.app.AppServices;
import dev.clipsift.app.WorkbenchWindow;
import dev.clipsift.bench.InstantVlmServer;
import dev.clipsift.review.ReviewIndex;
import dev.clipsift.review.ReviewJournal;
import dev.clipsift.review.ReviewRun;
import dev.clipsift.shard.ShardChecks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
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
 * The review window on a real captioned run of the sample clips: a slider filters, a reject overrides the
 * engine, a caption is edited, undone and redone from the keyboard, the export holds the edit and not the
 * rejected clip, and the journal replayed after a kill mid-write keeps every action.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewUiTest {
    static final String EDITED = "Cyclists race along a wet road.";

    @TempDir
    static Path work;

    @TempDir
    static Path cache;

    private static InstantVlmServer server;
    private static Path run;
    private AppServices services;
    private ReviewView view;

    @BeforeAll
    static void makeRun() throws Exception {
        server = new InstantVlmServer();
        run = ReviewRunFixture.make(work, server);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        Files.deleteIfExists(ReviewJournal.file(run));
        services = AppServices.open(cache, Platform::runLater);
        view = ReviewWindow.show(stage, null, services, run);
    }

    @Stop
    void stop() throws Exception {
        ReviewRun r = view.model().run().get();
        if (r != null) {
            r.close();
        }
        services.close();
    }

    private static <T> void assertBecomes(String what, Callable<T> value, T expected) throws Exception {
        WorkbenchWindow.assertBecomes(60, what, value, expected);
    }

    private <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get();
    }

    private ReviewViewModel model() {
        return view.model();
    }

    private void opened() throws Exception {
        assertBecomes(
                "the run is open",
                () -> model().run().get() != null && !model().tiles().isEmpty(),
                true);
    }

    @Test
    void sliderRejectCaptionEditUndoRedoAndExportThenTheJournalSurvivesAKill(FxRobot robot) throws Exception {
        opened();
        int total = fx(() -> model().run().get().index().size());
        assertThat(total).isGreaterThan(3);
        assertThat(fx(() -> model().tiles().size())).isEqualTo(Math.min(12, total));

        RangeSlider quality = robot.lookup("#slider-quality").queryAs(RangeSlider.class);
        double cut = fx(() -> (quality.getMin() + quality.getMax()) / 2);
        robot.interact(() -> quality.setLowValue(cut));
        int[] shown = fx(() -> model().rows());
        ReviewIndex index = fx(() -> model().run().get().index());
        assertThat(shown.length).isBetween(1, total - 1);
        assertThat(Arrays.stream(shown).mapToDouble(r -> index.score("quality", r)))
                .allMatch(q -> q >= cut - 1e-6);
        robot.interact(() -> quality.setLowValue(quality.getMin()));
        assertThat(fx(() -> model().rows().length)).isEqualTo(total);

        robot.clickOn("#reject-reason").write("shaky");
        robot.clickOn("#review-tile-0");
        int rejected = fx(() -> model().current().get());
        robot.type(KeyCode.R);
        assertBecomes(
                "the tile says who rejected it",
                () -> robot.lookup("#review-tile-0 .review-verdict")
                        .queryAs(Label.class)
                        .getText(),
                "rejected: rejected by " + ReviewRun.defaultAuthor() + ": shaky");

        robot.type(KeyCode.RIGHT);
        int edited = fx(() -> model().current().get());
        assertThat(edited).isNotEqualTo(rejected);
        robot.type(KeyCode.E);
        TextArea window0 = robot.lookup("#caption-window-0").queryAs(TextArea.class);
        assertThat(window0.getText()).isEqualTo("A caption.");
        robot.interact(() -> window0.selectAll());
        robot.write(EDITED);
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        assertBecomes(
                "the edit is saved", () -> model().run().get().windows(edited).get(0), EDITED);
        robot.type(KeyCode.ESCAPE);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertBecomes("undone", () -> window0.getText(), "A caption.");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertBecomes("redone", () -> window0.getText(), EDITED);
        assertThat(fx(() -> model().run().get().history(edited).size())).isEqualTo(4);

        robot.clickOn("#export");
        assertBecomes("exported", () -> model().status().get().startsWith("Exported"), true);
        Path export = run.resolve("review/export");
        StringBuilder tars = new StringBuilder();
        for (String tar : ShardChecks.tars(export)) {
            tars.append(new String(Files.readAllBytes(export.resolve(tar)), StandardCharsets.ISO_8859_1));
        }
        String editedId = index.id(edited);
        assertThat(tars.toString())
                .as("the tars hold the edited clip's caption as its txt, and not the rejected clip")
                .contains(editedId + ".txt\u0000")
                .contains(EDITED)
                .doesNotContain(index.id(rejected) + ".txt");
        assertThat(ShardChecks.query("SELECT caption FROM '" + export.resolve("manifest.parquet") + "' WHERE id = '"
                        + editedId + "'"))
                .singleElement()
                .satisfies(row -> assertThat(row).containsEntry("caption", EDITED));

        Files.writeString(
                ReviewJournal.file(run),
                "{\"action\":\"caption\",\"clip\":\"" + editedId + "\",\"au",
                StandardOpenOption.APPEND);
        robot.interact(() -> model().open(run));
        assertBecomes("reopened with a warning", () -> model().status().get().contains("cut short"), true);
        assertThat(fx(() -> model().run().get().windows(edited).get(0))).isEqualTo(EDITED);
        assertThat(fx(() -> model().run().get().index().verdict(rejected))).isEqualTo(ReviewIndex.Verdict.REJECTED);
    }

    @Test
    void aBoxOnTheEmbeddingMapMakesTheClipsInItTheReviewSetAndQuestionMarkShowsTheKeys(FxRobot robot) throws Exception {
        opened();
        robot.clickOn("#help");
        assertThat(robot.lookup("#help-overlay").query().isVisible()).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#help-overlay").query().isVisible()).isFalse();

        robot.clickOn("Embedding map");
        assertBecomes("the map is computed", () -> model().tasks().map().get() != null, true);
        int total = fx(() -> model().run().get().index().size());
        robot.interact(
                () -> robot.lookup("#embedding-map").queryAs(EmbeddingMap.class).select(0, 0, 1e6, 1e6));
        assertThat(fx(() -> model().rows().length)).isEqualTo(total);
        robot.interact(
                () -> robot.lookup("#embedding-map").queryAs(EmbeddingMap.class).select(0, 0, 1, 1));
        assertThat(fx(() -> model().status().get())).contains("clips");
    }
}
