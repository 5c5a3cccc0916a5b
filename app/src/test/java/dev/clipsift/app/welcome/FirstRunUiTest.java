package dev.clipsift.app.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.app.WorkbenchWindow;
import dev.clipsift.engine.Assets;
import dev.clipsift.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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
 * The first run, headless: with nothing open the window shows the start page; "Open the sample clips" opens the
 * shipped clips (assets/samples) in the sample browser, and the start page then lists them among the recent
 * sources, as the settings file does.
 */
@ExtendWith(ApplicationExtension.class)
class FirstRunUiTest {
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
        window = WorkbenchWindow.open(stage, cache, () -> 11);
    }

    @Stop
    void stop() throws IOException {
        window.close();
    }

    private static Path samples() {
        return Assets.folders("samples").iterator().next();
    }

    /** The shipped clips' names, as the folder holds them. */
    private static List<String> sampleClips() throws IOException {
        try (Stream<Path> files = Files.list(samples())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".mp4"))
                    .sorted()
                    .toList();
        }
    }

    /** The visible tiles' file names (a tile reads "1. name"). */
    private static List<String> tileNames(FxRobot robot) {
        return robot.lookup(".tile-name").queryAllAs(Label.class).stream()
                .filter(l -> l.getParent().isVisible())
                .map(l -> l.getText().replaceFirst("^\\d+\\. ", ""))
                .sorted()
                .toList();
    }

    private static String selectedTab(FxRobot robot) {
        return robot.lookup(".tab-pane")
                .queryAs(TabPane.class)
                .getSelectionModel()
                .getSelectedItem()
                .getId();
    }

    @Test
    void theSampleClipsOpenFromTheStartPageAndAreRememberedAmongTheRecentSources(FxRobot robot) throws Exception {
        assertThat(selectedTab(robot)).as("nothing open: the start page").isEqualTo("start-tab");
        assertThat(robot.lookup("#welcome-browse").queryAs(Button.class).isDisabled())
                .as("browsing needs something open")
                .isTrue();
        List<String> clips = sampleClips();
        assertThat(clips).isNotEmpty();

        robot.clickOn("#welcome-samples");

        WorkbenchWindow.assertBecomes(60, "the sample browser shows the shipped clips", () -> tileNames(robot), clips);
        assertThat(selectedTab(robot)).isEqualTo("samples-tab");
        String opened = samples().toString();
        WorkbenchWindow.assertBecomes(
                30,
                "the start page lists the sample folder among the recent sources",
                () -> robot.lookup(".recent-source").queryAllAs(Hyperlink.class).stream()
                        .map(Hyperlink::getText)
                        .toList(),
                List.of(opened));
        assertThat(Json.mapper()
                        .readTree(window.services().settings().file().toFile())
                        .get("recent_sources")
                        .get(0)
                        .asText())
                .isEqualTo(opened);

        robot.interact(() -> window.workbench().view().selectTab("start"));
        assertThat(robot.lookup("#welcome-browse").queryAs(Button.class).isDisabled())
                .as("the next step is on once a source is open")
                .isFalse();
        robot.clickOn("#welcome-browse");
        assertThat(selectedTab(robot)).isEqualTo("samples-tab");
    }
}
