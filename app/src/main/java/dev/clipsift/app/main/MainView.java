package dev.clipsift.app.main;

import dev.clipsift.app.grid.GridVideoDialog;
import dev.clipsift.app.launch.LaunchWindow;
import dev.clipsift.app.library.LibraryView;
import dev.clipsift.app.overview.OverviewView;
import dev.clipsift.app.runs.RunsView;
import dev.clipsift.app.sample.SampleView;
import dev.clipsift.app.source.AwsProfiles;
import dev.clipsift.app.source.S3OptionsDialog;
import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/** The main window: folder bar on top (a folder or source spec, S3 options), the files / sample browser / overview tabs, and the progress bar. */
public final class MainView extends BorderPane {
    private final MainViewModel model;
    private final TabPane tabs = new TabPane();
    private final SampleView sampleView;
    private Consumer<Path> onReviewRun = run -> {};

    public MainView(MainViewModel model, Executor ui) {
        this.model = model;
        getStyleClass().add("main-view");
        sampleView = new SampleView(model.sample(), ui);
        sampleView.setOnGridVideo(() -> new GridVideoDialog(getScene().getWindow(), model.gridVideo()).open());
        MenuItem newRun = new MenuItem("New run\u2026");
        newRun.setId("menu-new-run");
        newRun.setOnAction(e -> newRun());
        setTop(new VBox(new MenuBar(new Menu("Run", null, newRun)), folderBar()));
        Tab files = new Tab("Files", new LibraryView(model.library(), ui));
        files.setId("files-tab");
        Tab samples = new Tab("Sample browser", sampleView);
        samples.setId("samples-tab");
        Tab overview = new Tab("Overview", new OverviewView(model.overview()));
        overview.setId("overview-tab");
        Tab runs = new Tab("Runs", new RunsView(model.runs(), model::launcher));
        runs.setId("runs-tab");
        tabs.getTabs().addAll(files, samples, overview, runs);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t == samples) {
                Platform.runLater(sampleView::focusGrid);
            }
        });
        setCenter(tabs);
        setBottom(statusBar());
    }

    /** What "Review run\u2026" does with the run folder chosen (the workbench opens its review window). */
    public void setOnReviewRun(Consumer<Path> action) {
        onReviewRun = action;
    }

    /** Shows the tab named files, samples, overview or runs. */
    public void selectTab(String name) {
        tabs.getTabs().stream()
                .filter(t -> t.getId().equals(name + "-tab"))
                .findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private HBox folderBar() {
        Label title = new Label("ClipSift");
        title.getStyleClass().add("app-title");
        TextField path = new TextField();
        path.setId("folder");
        path.setPromptText(
                "A folder, s3://bucket/prefix, hf://datasets/owner/name, urls:FILE, rclone:remote:path, ytdlp:FILE"
                        + " or an https URL; Enter opens it");
        path.textProperty().bindBidirectional(model.folderTextProperty());
        path.setOnAction(e -> model.openTyped());
        HBox.setHgrow(path, Priority.ALWAYS);
        Button s3 = new Button("S3 options\u2026");
        s3.setId("s3-options");
        s3.setOnAction(e -> new S3OptionsDialog(getScene().getWindow(), model.s3Settings(), AwsProfiles.ofUser())
                .ask()
                .ifPresent(model::s3Settings));
        Button browse = new Button("Browse\u2026");
        browse.setId("browse");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Open a folder of videos");
            File dir = chooser.showDialog(getScene().getWindow());
            if (dir != null) {
                model.open(dir.toPath());
            }
        });
        Button open = new Button("Open");
        open.setId("open");
        open.getStyleClass().add("accent");
        open.setOnAction(e -> model.openTyped());
        Button run = new Button("New run\u2026");
        run.setId("new-run");
        run.setOnAction(e -> newRun());
        Button review = new Button("Review run\u2026");
        review.setId("review-run");
        review.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Open a run folder to review");
            File dir = chooser.showDialog(getScene().getWindow());
            if (dir != null) {
                onReviewRun.accept(dir.toPath());
            }
        });
        HBox bar = new HBox(10, title, path, s3, browse, open, run, review);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("folder-bar");
        return bar;
    }

    /** Opens the run launcher on the open source. */
    private void newRun() {
        new LaunchWindow(getScene().getWindow(), model.launcher("run")).open();
    }

    private HBox statusBar() {
        ProgressBar progress = new ProgressBar();
        progress.setId("progress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(model.library().progressProperty());
        progress.visibleProperty().bind(model.library().busyProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel");
        cancel.visibleProperty().bind(model.library().busyProperty());
        cancel.setOnAction(e -> model.library().cancel());
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.library().statusProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, status, gap, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
