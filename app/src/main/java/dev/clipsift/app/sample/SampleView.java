package dev.clipsift.app.sample;

import dev.clipsift.app.Buttons;
import dev.clipsift.app.source.OpenedSource;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;

/**
 * The sample browser: sample size and seed, a 3x4 grid of looping previews, and the pager. Keys: PgUp/PgDn
 * and Left/Right turn pages, Home/End jump to the first/last page, Enter or a click opens a tile in detail.
 */
public final class SampleView extends BorderPane {
    private final SampleViewModel model;
    private final Executor ui;
    private final List<TileView> tiles = new ArrayList<>();
    private final AnimationTimer animation;
    private Runnable onGridVideo = () -> {};

    public SampleView(SampleViewModel model, Executor ui) {
        this.model = model;
        this.ui = ui;
        getStyleClass().add("sample-view");
        setTop(controls());
        setCenter(scrolling(grid()));
        setBottom(pager());
        model.tiles().addListener((javafx.collections.ListChangeListener<TileModel>) c -> bindTiles());
        bindTiles();
        long start = System.nanoTime();
        animation = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long elapsedMs = (now - start) / 1_000_000;
                tiles.forEach(t -> t.tick(elapsedMs));
            }
        };
        sceneProperty().addListener((o, a, s) -> {
            if (s != null) {
                animation.start();
            } else {
                animation.stop();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private Node controls() {
        Spinner<Integer> size =
                new Spinner<>(1, 1_000_000, model.nsamplesProperty().get(), 10);
        size.setId("nsamples");
        size.setEditable(true);
        size.setPrefWidth(110);
        size.valueProperty().addListener((o, a, v) -> model.nsamplesProperty().set(v));
        size.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                size.increment(0); // commits a typed value when the field loses focus
            }
        });
        model.nsamplesProperty().addListener((o, a, v) -> size.getValueFactory().setValue(v.intValue()));
        TextField seed = new TextField();
        seed.setId("seed");
        seed.setPrefColumnCount(8);
        seed.textProperty().bindBidirectional(model.seedTextProperty());
        seed.setOnAction(e -> model.draw());
        Button draw = new Button("Draw sample");
        draw.setId("draw");
        draw.setDefaultButton(false);
        draw.setOnAction(e -> model.draw());
        Button resample = new Button("Resample");
        resample.setId("resample");
        resample.getStyleClass().add("accent");
        resample.setOnAction(e -> model.resample());
        Button open = new Button("Open sample\u2026");
        open.setOnAction(e -> chooseSample(true));
        Button save = new Button("Save sample\u2026");
        save.setOnAction(e -> chooseSample(false));
        save.disableProperty().bind(model.sampleProperty().isNull());
        Button grid = new Button("Make grid video\u2026");
        grid.setId("make-grid-video");
        grid.setOnAction(e -> onGridVideo.run());
        grid.disableProperty().bind(model.sourceOpen().not());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar =
                new HBox(8, new Label("Samples"), size, new Label("Seed"), seed, draw, resample, gap, open, save, grid);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("toolbar-row");
        return bar;
    }

    /** What "Make grid video…" does (the main view opens its dialog). */
    public void setOnGridVideo(Runnable action) {
        onGridVideo = action;
    }

    /**
     * The grid in a pane that scrolls when the window is shorter than three rows of tiles, so the pager below
     * stays visible and clickable instead of lying under the status bar.
     */
    private static Node scrolling(Node grid) {
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("tile-scroll");
        return scroll;
    }

    private Node grid() {
        GridPane grid = new GridPane();
        grid.setId("grid");
        grid.getStyleClass().add("tile-grid");
        grid.setAlignment(Pos.CENTER);
        for (int i = 0; i < SampleViewModel.PAGE_SIZE; i++) {
            TileView tile = new TileView();
            tile.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    tile.requestFocus();
                    openDetail(tile);
                }
            });
            tile.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    openDetail(tile);
                    e.consume();
                }
            });
            tiles.add(tile);
            grid.add(tile, i % SampleViewModel.COLUMNS, i / SampleViewModel.COLUMNS);
        }
        return grid;
    }

    private Node pager() {
        Button first = Buttons.unfocused("\u00ab First", "first-page", model::firstPage);
        Button prev = Buttons.unfocused("\u2039 Previous", "previous-page", model::previousPage);
        Button next = Buttons.unfocused("Next \u203a", "next-page", model::nextPage);
        Button last = Buttons.unfocused("Last \u00bb", "last-page", model::lastPage);
        Label page = new Label();
        page.setId("page-label");
        page.getStyleClass().add("page-label");
        page.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.pageCountBinding().get() == 0
                                ? "No sample"
                                : "Page " + (model.pageProperty().get() + 1) + " of "
                                        + model.pageCountBinding().get(),
                        model.pageProperty(),
                        model.pageCountBinding()));
        prev.disableProperty().bind(model.pageProperty().isEqualTo(0));
        first.disableProperty().bind(prev.disableProperty());
        next.disableProperty()
                .bind(model.pageProperty()
                        .greaterThanOrEqualTo(model.pageCountBinding().subtract(1)));
        last.disableProperty().bind(next.disableProperty());
        Label status = new Label();
        status.setId("sample-status");
        status.getStyleClass().add("status");
        status.textProperty().bind(model.statusProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, first, prev, page, next, last, gap, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 0, 0, 0));
        bar.getStyleClass().add("pager");
        return bar;
    }

    private void bindTiles() {
        for (int i = 0; i < tiles.size(); i++) {
            tiles.get(i).bind(i < model.tiles().size() ? model.tiles().get(i) : null);
        }
        if (!model.tiles().isEmpty() && showing() && !typingHere()) {
            focusGrid();
        }
    }

    /** Whether this view is on screen (its tab selected). */
    private boolean showing() {
        for (Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return getScene() != null;
    }

    /** Whether the user is typing into one of this view's fields (seed, sample size). */
    private boolean typingHere() {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        if (!(owner instanceof TextInputControl)) {
            return false;
        }
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    private void onKey(KeyEvent e) {
        boolean typing = typingHere();
        switch (e.getCode()) {
            case PAGE_DOWN -> model.nextPage();
            case PAGE_UP -> model.previousPage();
            case RIGHT -> {
                if (typing) {
                    return;
                }
                model.nextPage();
            }
            case LEFT -> {
                if (typing) {
                    return;
                }
                model.previousPage();
            }
            case HOME -> {
                if (typing) {
                    return;
                }
                model.firstPage();
            }
            case END -> {
                if (typing) {
                    return;
                }
                model.lastPage();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Gives the keyboard to the grid, so paging keys work at once. */
    public void focusGrid() {
        tiles.stream().filter(Node::isVisible).findFirst().ifPresent(Node::requestFocus);
    }

    private void openDetail(TileView tile) {
        TileModel m = tile.model();
        if (m == null || m.recordProperty().get() == null) {
            return;
        }
        OpenedSource source = model.sourceProperty().get();
        new DetailView(
                        getScene().getWindow(),
                        new DetailViewModel(m.recordProperty().get(), () -> source.file(m.path())),
                        ui)
                .open();
    }

    private void chooseSample(boolean open) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ClipSift sample (*.json)", "*.json"));
        chooser.setTitle(open ? "Open a sample file" : "Save the sample");
        if (!open) {
            chooser.setInitialFileName("sample.json");
        }
        File f = open
                ? chooser.showOpenDialog(getScene().getWindow())
                : chooser.showSaveDialog(getScene().getWindow());
        if (f != null) {
            Path p = f.toPath();
            if (open) {
                model.openSampleFile(p);
            } else {
                model.saveSample(p);
            }
        }
    }
}
