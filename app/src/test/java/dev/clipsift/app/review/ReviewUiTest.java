package dev.clipsift.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clipsift.app.AppServices;
import dev.clipsift.app.WorkbenchWindow;
import dev.clipsift.bench.InstantVlmServer;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.TextRegion;
import dev.clipsift.review.ReviewIndex;
import dev.clipsift.review.ReviewJournal;
import dev.clipsift.review.ReviewQuery;
import dev.clipsift.review.ReviewRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
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
 * The review window on a real captioned run of the sample clips (the flow from launch to export is
 * {@link LaunchToExportUiTest}): the journal replayed after a kill mid-write keeps every action; the detail view
 * draws the crop rectangle and the OCR boxes where the record puts them; tiles are titled by source and span; a box
 * on the embedding map makes the review set; {@code ?} shows the keys, and the keys it lists act.
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
    void theJournalReplayedAfterAKillMidWriteKeepsEveryActionBeforeIt() throws Exception {
        opened();
        int[] rows = fx(() -> model().pageRows());
        assertThat(rows.length).isGreaterThan(1);
        int rejected = rows[0];
        int edited = rows[1];
        WaitForAsyncUtils.asyncFx(() -> {
                    model().current().set(rejected);
                    model().reject("shaky");
                    model().current().set(edited);
                    model().editCaption(0, EDITED);
                })
                .get();
        String editedId = fx(() -> model().run().get().index().id(edited));

        Files.writeString(
                ReviewJournal.file(run),
                "{\"action\":\"caption\",\"clip\":\"" + editedId + "\",\"au",
                StandardOpenOption.APPEND);
        WaitForAsyncUtils.asyncFx(() -> model().open(run)).get();
        assertBecomes("reopened with a warning", () -> model().status().get().contains("cut short"), true);
        assertThat(fx(() -> model().run().get().windows(edited).get(0))).isEqualTo(EDITED);
        assertThat(fx(() -> model().run().get().index().verdict(rejected))).isEqualTo(ReviewIndex.Verdict.REJECTED);
        assertThat(fx(() -> model().run().get().index().reasons(rejected)))
                .containsExactly("rejected by " + ReviewRun.defaultAuthor() + ": shaky");
    }

    @Test
    void theDetailViewDrawsTheCropAndTheTextBoxesOverThePreviewAndTilesSayWhereTheirClipIsFrom(FxRobot robot)
            throws Exception {
        opened();
        ClipRecord first = fx(() -> model().run().get().clip(model().pageRows()[0]));
        assertThat(robot.lookup("#review-tile-0 .tile-name")
                        .queryAs(Label.class)
                        .getText())
                .isEqualTo(String.format(
                        Locale.ROOT,
                        "%s %.1f\u2013%.1f s",
                        Path.of(first.source().video()).getFileName(),
                        first.span().startS(),
                        first.span().endS()))
                .doesNotContain(first.id());

        int texty = fx(() -> {
            ReviewRun r = model().run().get();
            for (int row = 0; row < r.index().size(); row++) {
                if (r.clip(row).text() != null && !r.clip(row).text().regions().isEmpty()) {
                    return row;
                }
            }
            return -1;
        });
        assertThat(texty)
                .as("the OCR family read text in a sample clip (the taxi in bikes.mp4)")
                .isNotNegative();
        robot.interact(() -> model().current().set(texty));
        ClipRecord c = fx(() -> model().run().get().clip(texty));
        assertThat(robot.lookup("#editor-clip-id").queryAs(Label.class).getText())
                .isEqualTo(c.id());

        Rectangle crop = cropDrawn(robot, c);
        double bx = crop.getWidth() / c.media().width();
        double by = crop.getHeight() / c.media().height();
        List<TextRegion> regions = c.text().regions();
        for (int i = 0; i < regions.size(); i++) {
            TextRegion t = regions.get(i);
            Rectangle box = robot.lookup("#ocr-box-" + i).queryAs(Rectangle.class);
            assertThat(box.getX()).as(t.text()).isCloseTo(crop.getX() + t.x() * bx, within(0.01));
            assertThat(box.getY()).as(t.text()).isCloseTo(crop.getY() + t.y() * by, within(0.01));
            assertThat(box.getWidth()).as(t.text()).isCloseTo(t.w() * bx, within(0.01));
            assertThat(box.getHeight()).as(t.text()).isCloseTo(t.h() * by, within(0.01));
            assertThat(box.isVisible()).isTrue();
        }
        assertThat(robot.lookup("#ocr-box-" + regions.size()).tryQuery()).isEmpty();

        robot.clickOn("#review-status");
        robot.type(KeyCode.O);
        assertThat(crop.isVisible()).isFalse();
        assertThat(robot.lookup("#ocr-box-0")
                        .queryAs(Rectangle.class)
                        .getParent()
                        .isVisible())
                .isFalse();
        robot.type(KeyCode.O);
        assertThat(crop.isVisible()).isTrue();

        int letterboxed = fx(() -> {
            ReviewRun r = model().run().get();
            for (int row = 0; row < r.index().size(); row++) {
                if (r.clip(row).crop() != null && r.clip(row).crop().cropsAnything()) {
                    return row;
                }
            }
            return -1;
        });
        assertThat(letterboxed).as("the letterboxed video's clip is cropped").isNotNegative();
        robot.interact(() -> model().current().set(letterboxed));
        ClipRecord bars = fx(() -> model().run().get().clip(letterboxed));
        Rectangle kept = cropDrawn(robot, bars);
        Rectangle source = robot.lookup("#overlay-source").queryAs(Rectangle.class);
        assertThat(kept.getY())
                .as("the bars above the picture lie outside the crop")
                .isGreaterThan(source.getY());
        assertThat(kept.getHeight()).isLessThan(source.getHeight());
    }

    /** The crop rectangle drawn where clip {@code c}'s crop lies in its source picture, scaled as the source is. */
    private static Rectangle cropDrawn(FxRobot robot, ClipRecord c) {
        Rectangle source = robot.lookup("#overlay-source").queryAs(Rectangle.class);
        Rectangle crop = robot.lookup("#overlay-crop").queryAs(Rectangle.class);
        assertThat(source.getWidth() / source.getHeight())
                .isCloseTo(c.crop().sourceWidth() / (double) c.crop().sourceHeight(), within(0.01));
        double s = source.getWidth() / c.crop().sourceWidth();
        assertThat(crop.getX() - source.getX()).isCloseTo(c.crop().x() * s, within(0.01));
        assertThat(crop.getY() - source.getY()).isCloseTo(c.crop().y() * s, within(0.01));
        assertThat(crop.getWidth()).isCloseTo(c.crop().w() * s, within(0.01));
        assertThat(crop.getHeight()).isCloseTo(c.crop().h() * s, within(0.01));
        return crop;
    }

    @Test
    void aBoxOnTheEmbeddingMapMakesTheClipsInItTheReviewSetAndTheKeysOfTheHelpDoWhatItSays(FxRobot robot)
            throws Exception {
        opened();
        robot.clickOn("#help");
        assertThat(robot.lookup("#help-overlay").query().isVisible()).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#help-overlay").query().isVisible()).isFalse();

        robot.type(KeyCode.M);
        assertBecomes("the map is computed", () -> model().tasks().map().get() != null, true);
        int total = fx(() -> model().run().get().index().size());
        EmbeddingMap map = robot.lookup("#embedding-map").queryAs(EmbeddingMap.class);
        double[] at = fx(() -> map.position(0));
        robot.interact(() -> map.select(at[0] - 1, at[1] - 1, at[0] + 1, at[1] + 1));
        assertThat(fx(() -> model().rows())).contains(0).hasSizeLessThan(total);
        assertThat(fx(() -> model().status().get())).endsWith("(review set)");
        robot.type(KeyCode.A);
        assertThat(fx(() -> model().rows().length)).as("every clip again").isEqualTo(total);
        robot.type(KeyCode.G);

        robot.type(KeyCode.V);
        assertThat(fx(() -> model().query().get().view())).isEqualTo(ReviewQuery.View.KEPT);
        assertThat(robot.lookup("#view-kept").queryAs(ToggleButton.class).isSelected())
                .isTrue();
        robot.type(KeyCode.V, KeyCode.V, KeyCode.V);
        assertThat(fx(() -> model().query().get().view())).isEqualTo(ReviewQuery.View.ALL);
        assertThat(robot.lookup("#view-all").queryAs(ToggleButton.class).isSelected())
                .isTrue();

        robot.type(KeyCode.SLASH);
        TextField search = robot.lookup("#caption-search").queryAs(TextField.class);
        assertThat(fx(search::isFocused)).isTrue();
        assertThat(search.getText())
                .as("the slash moved the keys, it was not typed")
                .isEmpty();
        robot.type(KeyCode.ESCAPE);

        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        assertBecomes("exported", () -> model().status().get().startsWith("Exported"), true);
    }
}
