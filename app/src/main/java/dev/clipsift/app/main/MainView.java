package dev.clipsift.app.main;

import dev.clipsift.app.grid.GridVideoDialog;
import dev.clipsift.app.help.AboutDialog;
import dev.clipsift.app.launch.LaunchWindow;
import dev.clipsift.app.library.LibraryView;
import dev.clipsift.app.overview.OverviewView;
import dev.clipsift.app.runs.RunsView;
import dev.clipsift.app.sample.SampleView;
import dev.clipsift.app.settings.SettingsDialog;
import dev.clipsift.app.source.AwsProfiles;
import dev.clipsift.app.source.S3OptionsDialog;
import dev.clipsift.app.welcome.WelcomeActions;
import dev.clipsift.app.welcome.WelcomeView;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/**
 * The main window: the menus (File, Run, Help) and the folder bar on top (a folder or source spec, S3 options),
 * the start page (while nothing is open: the sample clips and the guided path) and the files / sample browser /
 * overview / runs tabs, and the progress bar.
 */
public final class MainView extends BorderPane {
    private final MainViewModel model;
    private final TabPane tabs = new TabPane();
    private final SampleView sampleView;
    private Consumer<Path> onReviewRun = run -> {};

    public MainView(MainViewModel model, Executor ui) {
        this.model = model;
        getStyleClass().add("main-view");
        sampleView = new SampleView(model.sample(), ui);
        sampleView.setOnGridVideo(this::gridVideo);
        setTop(new VBox(menus(), folderBar()));
        WelcomeView welcome = new WelcomeView(
                new WelcomeActions(
                        this::openSamples,
                        this::chooseFolder,
                        this::askBucket,
                        model::open,
                        () -> selectTab("samples"),
                        this::gridVideo,
                        this::newRun,
                        this::chooseRunToReview,
                        run -> onReviewRun.accept(run)),
                model.samplesFolder().isPresent(),
                model.sample().sourceOpen(),
                model.recentSources(),
                model.runs().runs());
        Tab start = new Tab("Start", welcome);
        start.setId("start-tab");
        Tab files = new Tab("Files", new LibraryView(model.library(), ui));
        files.setId("files-tab");
        Tab samples = new Tab("Sample browser", sampleView);
        samples.setId("samples-tab");
        Tab overview = new Tab("Overview", new OverviewView(model.overview()));
        overview.setId("overview-tab");
        Tab runs = new Tab("Runs", new RunsView(model.runs(), model::launcher, run -> onReviewRun.accept(run)));
        runs.setId("runs-tab");
        tabs.getTabs().addAll(start, files, samples, overview, runs);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t == samples) {
                Platform.runLater(sampleView::focusGrid);
            }
        });
        model.library().sourceProperty().addListener((o, was, now) -> {
            if (now != null && tabs.getSelectionModel().getSelectedItem() == start) {
                tabs.getSelectionModel().select(files);
            }
        });
        setCenter(tabs);
        setBottom(statusBar());
    }

    private MenuBar menus() {
        Menu file = new Menu(
                "File",
                null,
                item("Open the sample clips", "menu-open-samples", this::openSamples),
                item("Open folder\u2026", "menu-open-folder", this::chooseFolder),
                item("Open bucket\u2026", "menu-open-bucket", this::askBucket),
                new SeparatorMenuItem(),
                item("Settings\u2026", "menu-settings", this::openSettings),
                new SeparatorMenuItem(),
                item("Quit", "menu-quit", Platform::exit));
        Menu run = new Menu(
                "Run",
                null,
                item("New run\u2026", "menu-new-run", this::newRun),
                item("Review run\u2026", "menu-review-run", this::chooseRunToReview));
        Menu help = new Menu(
                "Help",
                null,
                item("Getting started", "menu-getting-started", () -> selectTab("start")),
                item("Export diagnostics\u2026", "menu-diagnostics", this::exportDiagnostics),
                item("About ClipSift", "menu-about", () -> new AboutDialog(
                                getScene().getWindow())
                        .showAndWait()));
        return new MenuBar(file, run, help);
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Opens the shipped sample clips in the sample browser. */
    private void openSamples() {
        if (model.openSamples()) {
            selectTab("samples");
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of videos");
        File dir = chooser.showDialog(getScene().getWindow());
        if (dir != null) {
            model.open(dir.toPath());
        }
    }

    /** Asks for an s3:// bucket or prefix (opened with the S3 options set now) and opens it. */
    private void askBucket() {
        TextInputDialog ask = new TextInputDialog("s3://");
        ask.initOwner(getScene().getWindow());
        ask.setTitle("Open bucket");
        ask.setHeaderText("An s3:// bucket or prefix, opened with the S3 options ("
                + model.s3Settings().endpointShown() + "; change them with S3 options\u2026 or File \u203a Settings)");
        ask.getEditor().setId("bucket-spec");
        ask.showAndWait()
                .map(String::strip)
                .filter(t -> !t.isEmpty() && !t.equals("s3://"))
                .ifPresent(model::open);
    }

    private void openSettings() {
        new SettingsDialog(getScene().getWindow(), model.settingsModel(), AwsProfiles.ofUser()).showAndWait();
    }

    private void exportDiagnostics() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export diagnostics");
        chooser.setInitialFileName("clipsift-diagnostics-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zip archive", "*.zip"));
        File target = chooser.showSaveDialog(getScene().getWindow());
        if (target != null) {
            model.exportDiagnostics(target.toPath());
        }
    }

    private void gridVideo() {
        new GridVideoDialog(getScene().getWindow(), model.gridVideo()).open();
    }

    private void chooseRunToReview() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a run folder to review");
        File dir = chooser.showDialog(getScene().getWindow());
        if (dir != null) {
            onReviewRun.accept(dir.toPath());
        }
    }

    /** What "Review run\u2026" does with the run folder chosen (the workbench opens its review window). */
    public void setOnReviewRun(Consumer<Path> action) {
        onReviewRun = action;
    }

    /** Shows the tab named start, files, samples, overview or runs. */
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
        browse.setOnAction(e -> chooseFolder());
        Button open = new Button("Open");
        open.setId("open");
        open.getStyleClass().add("accent");
        open.setOnAction(e -> model.openTyped());
        Button run = new Button("New run\u2026");
        run.setId("new-run");
        run.setOnAction(e -> newRun());
        Button review = new Button("Review run\u2026");
        review.setId("review-run");
        review.setOnAction(e -> chooseRunToReview());
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
