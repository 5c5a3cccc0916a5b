package dev.clipsift.app.welcome;

import dev.clipsift.app.Labels;
import dev.clipsift.app.runs.RunEntry;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The start page shown while nothing is open: the bundled sample clips, a folder or a bucket to open, the guided
 * path (browse the sample, make a grid video, launch a run, review it) as buttons that do each step, and the
 * recent sources and runs.
 */
public final class WelcomeView extends ScrollPane {
    /** Recent entries listed. */
    static final int SHOWN = 6;

    private final VBox recentSources = new VBox(2);
    private final VBox recentRuns = new VBox(2);

    public WelcomeView(
            WelcomeActions actions,
            boolean samplesFound,
            ObservableBooleanValue sourceOpen,
            ObservableList<String> sources,
            ObservableList<RunEntry> runs) {
        getStyleClass().add("welcome");
        setFitToWidth(true);
        Label title = new Label("Welcome to ClipSift");
        title.getStyleClass().add("welcome-title");
        Label intro = new Label("Curate a video dataset in five steps. Start with the sample clips shipped with"
                + " ClipSift, or open your own folder or bucket.");
        intro.setWrapText(true);

        Button samples = button("Open the sample clips", "welcome-samples", actions.openSamples());
        samples.getStyleClass().add("accent");
        samples.setDisable(!samplesFound);
        Button folder = button("Open folder\u2026", "welcome-folder", actions.openFolder());
        Button bucket = button("Open bucket\u2026", "welcome-bucket", actions.openBucket());
        HBox open = new HBox(10, samples, folder, bucket);
        open.setAlignment(Pos.CENTER_LEFT);

        Button browse = button("Browse the sample", "welcome-browse", actions.browse());
        Button grid = button("Make a grid video\u2026", "welcome-grid", actions.gridVideo());
        Button run = button("Launch a run\u2026", "welcome-run", actions.newRun());
        Button review = button("Review a run\u2026", "welcome-review", actions.reviewRun());
        browse.disableProperty().bind(Bindings.not(sourceOpen));
        grid.disableProperty().bind(Bindings.not(sourceOpen));

        VBox steps = new VBox(
                12,
                step(
                        "1",
                        "Open videos",
                        samplesFound
                                ? "Three short clips (licences in Help \u203a About), a folder on this machine, or an"
                                        + " s3:// bucket or prefix."
                                : "A folder on this machine or an s3:// bucket (the sample clips were not found beside"
                                        + " this installation).",
                        open),
                step("2", "Browse", "Page through a random sample of the videos; Enter opens one in detail.", browse),
                step("3", "Make a grid video", "One MP4 with the sample's clips side by side, to share.", grid),
                step("4", "Launch a run", "Split, filter, caption and dedup the videos into clips.", run),
                step("5", "Review", "Keep or reject clips, edit captions, export the kept ones.", review));

        Label sourcesTitle = heading("Recent sources");
        Label runsTitle = heading("Recent runs");
        sources.addListener((ListChangeListener<String>) c -> fillSources(sources, actions));
        runs.addListener((ListChangeListener<RunEntry>) c -> fillRuns(runs, actions));
        fillSources(sources, actions);
        fillRuns(runs, actions);
        VBox recent = new VBox(6, sourcesTitle, recentSources, runsTitle, recentRuns);
        recent.getStyleClass().add("welcome-recent");
        recent.setPrefWidth(420);

        HBox columns = new HBox(28, steps, recent);
        HBox.setHgrow(steps, Priority.ALWAYS);
        VBox page = new VBox(14, title, intro, columns);
        page.getStyleClass().add("welcome-page");
        page.setId("welcome");
        setContent(page);
    }

    private void fillSources(ObservableList<String> sources, WelcomeActions actions) {
        recentSources.getChildren().clear();
        if (sources.isEmpty()) {
            recentSources.getChildren().add(muted("None yet: what you open is listed here."));
        }
        sources.stream().limit(SHOWN).forEach(s -> {
            Hyperlink link = new Hyperlink(s);
            link.getStyleClass().add("recent-source");
            link.setOnAction(e -> actions.openRecent().accept(s));
            recentSources.getChildren().add(link);
        });
    }

    private void fillRuns(ObservableList<RunEntry> runs, WelcomeActions actions) {
        recentRuns.getChildren().clear();
        if (runs.isEmpty()) {
            recentRuns.getChildren().add(muted("None yet: step 4 starts one."));
        }
        runs.stream().limit(SHOWN).forEach(r -> {
            Path folder = r.folder();
            Hyperlink link = new Hyperlink(folder + "  (" + r.state().words() + ")");
            link.getStyleClass().add("recent-run");
            link.setOnAction(e -> actions.reviewRecent().accept(folder));
            recentRuns.getChildren().add(link);
        });
    }

    private static HBox step(String number, String title, String text, javafx.scene.Node action) {
        Label n = new Label(number);
        n.getStyleClass().add("welcome-step-number");
        Label t = new Label(title);
        t.getStyleClass().add("welcome-step-title");
        Label d = muted(text);
        VBox body = new VBox(4, t, d, action);
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox box = new HBox(12, n, body);
        box.getStyleClass().add("welcome-step");
        return box;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label heading(String text) {
        return Labels.styled(text, "welcome-heading");
    }

    private static Label muted(String text) {
        return Labels.wrapped(text, "welcome-muted");
    }
}
