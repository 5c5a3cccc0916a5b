package dev.clipsift.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.app.AppServices;
import dev.clipsift.app.GeneratedVideos;
import dev.clipsift.app.Workbench;
import dev.clipsift.app.WorkbenchWindow;
import dev.clipsift.probe.VideoRecord;
import dev.clipsift.sample.Sampler;
import dev.clipsift.source.LocalLister;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.stream.LongStream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
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
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless (Monocle): a folder of 16 generated videos and a broken one, 2 pages of tiles. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchUiTest {
    private static final int LISTED = 17;

    @TempDir
    static Path videos;

    @TempDir
    static Path cache;

    private final PrimitiveIterator.OfLong seeds =
            LongStream.iterate(7, s -> s + 1).iterator();
    private AppServices services;
    private Workbench workbench;

    @BeforeAll
    static void makeVideos() throws IOException {
        GeneratedVideos.generate(videos, 16);
        GeneratedVideos.broken(videos, "clip-05b-broken.mp4");
    }

    @Start
    void start(Stage stage) throws IOException {
        services = AppServices.open(cache, Platform::runLater);
        workbench = WorkbenchWindow.show(stage, services, seeds::nextLong);
    }

    @Stop
    void stop() throws IOException {
        services.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WorkbenchWindow.waitUntil(30, condition);
    }

    private static <T> void assertBecomes(String what, Callable<T> value, T expected) throws Exception {
        WorkbenchWindow.assertBecomes(30, what, value, expected);
    }

    private static boolean shows(FxRobot robot, String text) {
        return robot.lookup(text).tryQuery().isPresent();
    }

    private void openFolderAndShowSamples(FxRobot robot) throws TimeoutException {
        robot.interact(() -> workbench.model().open(videos));
        robot.interact(() -> workbench.view().selectTab("samples"));
        waitUntil(() -> tileNames(robot).size() == 12);
    }

    private static List<String> tileNames(FxRobot robot) {
        return robot.lookup(".tile-name").queryAllAs(Label.class).stream()
                .filter(l -> l.getParent().isVisible())
                .map(Label::getText)
                .sorted()
                .toList();
    }

    private static String pageLabel(FxRobot robot) {
        return robot.lookup("#page-label").queryAs(Label.class).getText();
    }

    @Test
    void typingAFolderPathAndPressingEnterListsItsVideosWithTheBrokenOneMarkedAndARowOpensInDetail(FxRobot robot)
            throws Exception {
        robot.clickOn("#folder").write(videos.toString()).type(KeyCode.ENTER);

        TableView<?> table = robot.lookup("#files").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == LISTED
                && !workbench.model().library().busyProperty().get());
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo(LISTED + " videos, 1 unreadable");
        List<VideoRecord> broken = workbench.model().library().records().stream()
                .filter(r -> !r.ok())
                .toList();
        assertThat(broken).extracting(VideoRecord::fileName).containsExactly("clip-05b-broken.mp4");
        assertBecomes(
                "the reason is shown in the table",
                () -> shows(robot, broken.get(0).error()),
                true);
        assertBecomes("the row to open is shown", () -> shows(robot, "clip-03.mp4"), true);

        robot.clickOn("clip-03.mp4").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#detail-view").tryQuery().isPresent());
        assertThat(robot.lookup("#detail-meta")
                        .lookup(videos.resolve("clip-03.mp4").toString())
                        .tryQuery())
                .isPresent();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#detail-view").tryQuery().isEmpty());
    }

    @Test
    void eachPageOfTheGridShowsTheSameFilesEveryTimeItIsVisited(FxRobot robot) throws Exception {
        openFolderAndShowSamples(robot);
        List<String> first = tileNames(robot);
        assertThat(pageLabel(robot)).isEqualTo("Page 1 of 2");

        List<String> second = turnTo(robot, "#next-page", "Page 2 of 2");
        List<String> firstAgain = turnTo(robot, "#previous-page", "Page 1 of 2");
        List<String> secondAgain = turnTo(robot, "#next-page", "Page 2 of 2");

        assertThat(second).hasSize(LISTED - 12).doesNotContainAnyElementsOf(first);
        assertThat(firstAgain).isEqualTo(first);
        assertThat(secondAgain).isEqualTo(second);
    }

    /** Clicks {@code button}, waits for the page label to say {@code page}, and returns the tiles' names then. */
    private static List<String> turnTo(FxRobot robot, String button, String page) throws Exception {
        robot.clickOn(button);
        assertBecomes("the page shown", () -> pageLabel(robot), page);
        return WaitForAsyncUtils.asyncFx(() -> tileNames(robot)).get();
    }

    @Test
    void pageKeysArrowsHomeAndEndTurnThePages(FxRobot robot) throws Exception {
        openFolderAndShowSamples(robot);
        robot.clickOn("#tile-0").type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#detail-view").tryQuery().isEmpty());

        press(robot, KeyCode.PAGE_DOWN, "Page 2 of 2");
        press(robot, KeyCode.PAGE_UP, "Page 1 of 2");
        press(robot, KeyCode.END, "Page 2 of 2");
        press(robot, KeyCode.HOME, "Page 1 of 2");
        press(robot, KeyCode.RIGHT, "Page 2 of 2");
        press(robot, KeyCode.LEFT, "Page 1 of 2");
    }

    private static void press(FxRobot robot, KeyCode key, String page) throws Exception {
        robot.type(key);
        assertBecomes(key + " turns to", () -> pageLabel(robot), page);
    }

    @Test
    void resampleShowsTheNewSeedAndDrawsOtherFiles(FxRobot robot) throws TimeoutException {
        openFolderAndShowSamples(robot);
        robot.interact(() -> workbench.model().sample().nsamplesProperty().set(5));
        robot.clickOn("#draw");
        waitUntil(() -> tileNames(robot).size() == 5);
        List<String> before = tileNames(robot);
        String seedBefore = robot.lookup("#seed").queryAs(TextField.class).getText();

        robot.clickOn("#resample");
        waitUntil(() -> !tileNames(robot).equals(before));

        String seed = robot.lookup("#seed").queryAs(TextField.class).getText();
        assertThat(seed).isNotEqualTo(seedBefore).isEqualTo("7");
        List<String> expected = Sampler.draw(videos.toString(), new LocalLister().list(videos), 5, 7)
                .files();
        assertThat(workbench.model().sample().sampleProperty().get().files()).isEqualTo(expected);
        assertThat(tileNames(robot)).hasSize(5);
    }

    @Test
    void tilesPlayTheirPreviewsAndTheBrokenFileSaysWhyItCannotBeRead(FxRobot robot) throws Exception {
        openFolderAndShowSamples(robot);

        waitUntil(() -> robot.lookup(".tile").queryAll().stream()
                .filter(Node::isVisible)
                .filter(t -> !t.getPseudoClassStates().toString().contains("broken"))
                .allMatch(t -> ((javafx.scene.Parent) t).lookup(".image-view") instanceof ImageView v
                        && v.getImage() != null));
        Node broken = robot.lookup("#tile-6").query();
        assertThat(robot.from(broken).lookup(".tile-name").queryAs(Label.class).getText())
                .endsWith("clip-05b-broken.mp4");
        assertBecomes(
                "the broken tile's reason, once probed",
                () -> robot.from(broken)
                        .lookup(".tile-placeholder")
                        .queryAs(Label.class)
                        .getText()
                        .startsWith("Unreadable: "),
                true);
        assertBecomes("the broken tile's metadata", () -> tileMeta(robot, "#tile-6"), "unreadable");
        assertBecomes(
                "a tile's metadata, once probed",
                () -> tileMeta(robot, "#tile-0"),
                "1.0 s \u00b7 160\u00d790 \u00b7 25 fps \u00b7 mpeg4");
    }

    private static String tileMeta(FxRobot robot, String tile) {
        return robot.lookup(tile).lookup(".tile-meta").queryAs(Label.class).getText();
    }

    @Test
    void clickingATileOrPressingEnterOnItOpensTheDetailViewWithAPlayerAndScrubber(FxRobot robot)
            throws TimeoutException {
        openFolderAndShowSamples(robot);
        waitUntil(() -> !tileMeta(robot, "#tile-1").startsWith("probing"));

        robot.clickOn("#tile-0");
        waitUntil(() -> robot.lookup("#detail-view").tryQuery().isPresent());
        Slider scrubber = robot.lookup("#scrubber").queryAs(Slider.class);
        assertThat(scrubber.getMax()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.1));
        waitUntil(() -> robot.from(robot.lookup("#detail-view").queryAs(Node.class))
                        .lookup(".image-view")
                        .queryAs(ImageView.class)
                        .getImage()
                != null);
        assertThat(robot.lookup("#detail-meta")
                        .lookup(videos.resolve("clip-00.mp4").toString())
                        .tryQuery())
                .as("metadata lists the file")
                .isPresent();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#detail-view").tryQuery().isEmpty());

        robot.interact(() -> robot.lookup("#tile-1").query().requestFocus());
        robot.type(KeyCode.ENTER);

        waitUntil(() -> robot.lookup("#detail-view").tryQuery().isPresent());
        assertThat(robot.lookup("#detail-meta")
                        .lookup(videos.resolve("clip-01.mp4").toString())
                        .tryQuery())
                .isPresent();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theOverviewCountsTheWholeListingWithTheUnreadableFileOnceProbingSettles(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.model().open(videos));
        robot.interact(() -> workbench.view().selectTab("overview"));

        Label totals = robot.lookup("#overview-totals").queryAs(Label.class);
        waitUntil(() -> totals.getText().startsWith(LISTED + " files"));

        assertThat(totals.getText()).startsWith(LISTED + " files \u00b7 1 unreadable \u00b7 ");
        assertThat(robot.lookup(".chart").queryAll()).hasSize(6);
        assertBecomes(
                "the codec pie counts the readable videos", () -> shows(robot, "mpeg4 (" + (LISTED - 1) + ")"), true);
    }
}
