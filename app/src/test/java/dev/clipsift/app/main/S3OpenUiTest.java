package dev.clipsift.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.app.GeneratedVideos;
import dev.clipsift.app.S3Buckets;
import dev.clipsift.app.WorkbenchWindow;
import dev.clipsift.source.S3Settings;
import dev.clipsift.source.S3TestServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** The real window, headless (Monocle): S3 options set in their dialog, then an S3 prefix typed into the path field. */
@ExtendWith(ApplicationExtension.class)
class S3OpenUiTest {
    @TempDir
    static Path videos;

    @TempDir
    Path cache;

    private static String bucket;
    private WorkbenchWindow.Opened window;

    @BeforeAll
    static void upload() throws IOException {
        List<Path> files = new ArrayList<>(GeneratedVideos.generate(videos, 3));
        files.add(GeneratedVideos.broken(videos, "clip-01b-broken.mp4"));
        bucket = S3Buckets.with("clips/", files);
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
        WorkbenchWindow.waitUntil(30, condition);
    }

    private static void setOptions(FxRobot robot, S3Settings s) throws TimeoutException {
        robot.clickOn("#s3-options");
        waitUntil(() -> robot.lookup("#s3-endpoint").tryQuery().isPresent());
        robot.clickOn("#s3-endpoint").write(s.endpoint().toString());
        robot.clickOn("#s3-region").write(s.region());
        robot.clickOn("#s3-path-style");
        robot.clickOn("#s3-ok");
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    @Test
    void anS3PrefixOpensFromThePathFieldWithItsFilesListedAndPreviewsInTheGrid(FxRobot robot) throws Exception {
        setOptions(robot, S3TestServer.settings());
        WorkbenchWindow.assertBecomes(
                30,
                "the settings the dialog took",
                () -> window.workbench().model().s3Settings(),
                S3TestServer.settings());
        String spec = "s3://" + bucket + "/clips/";

        robot.clickOn("#folder").write(spec).type(KeyCode.ENTER);

        TableView<?> table = robot.lookup("#files").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 4
                && !window.workbench().model().library().busyProperty().get());
        assertThat(status(robot)).isEqualTo("4 videos, 1 unreadable");
        assertThat(window.workbench().model().library().records())
                .extracting(r -> r.path())
                .containsExactly(
                        spec + "clip-00.mp4", spec + "clip-01.mp4", spec + "clip-01b-broken.mp4", spec + "clip-02.mp4");

        robot.interact(() -> {
            table.getSelectionModel().select(3);
            table.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#detail-view").tryQuery().isPresent());
        waitUntil(() -> robot.from(robot.lookup("#detail-view").queryAs(Node.class))
                        .lookup(".image-view")
                        .queryAs(ImageView.class)
                        .getImage()
                != null);
        assertThat(robot.lookup("#detail-meta").lookup(spec + "clip-02.mp4").tryQuery())
                .as("metadata shows the S3 path")
                .isPresent();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#detail-view").tryQuery().isEmpty());

        robot.interact(() -> window.workbench().view().selectTab("samples"));
        waitUntil(() -> robot.lookup(".tile").queryAll().stream()
                .filter(Node::isVisible)
                .filter(t -> !t.getPseudoClassStates().toString().contains("broken"))
                .allMatch(t -> ((Parent) t).lookup(".image-view") instanceof ImageView v && v.getImage() != null));
        assertThat(robot.lookup(".tile-name").queryAllAs(Label.class))
                .filteredOn(l -> l.getParent().isVisible())
                .extracting(Label::getText)
                .containsExactlyInAnyOrder(
                        "1. clip-00.mp4", "2. clip-01.mp4", "3. clip-01b-broken.mp4", "4. clip-02.mp4");
        assertThat(window.workbench()
                        .model()
                        .launcher("run")
                        .form()
                        .field("--input")
                        .orElseThrow()
                        .value())
                .as("a new run curates the open S3 prefix")
                .isEqualTo(spec);
        assertThat(robot.lookup("#make-grid-video").queryAs(Button.class).isDisabled())
                .as("so do grid videos")
                .isFalse();
    }

    @Test
    void anUnreachableEndpointSaysSoInTheStatusBar(FxRobot robot) throws TimeoutException, IOException {
        setOptions(robot, S3Buckets.unreachable());

        robot.clickOn("#folder").write("s3://" + bucket + "/clips/").type(KeyCode.ENTER);

        waitUntil(() -> status(robot).contains("unreachable"));
        assertThat(status(robot))
                .startsWith("Cannot list s3://" + bucket
                        + "/clips/: endpoint unreachable: nothing answers at http://127.0.0.1:")
                .doesNotContain("Exception");
        assertThat(window.workbench().model().library().records()).isEmpty();
    }
}
