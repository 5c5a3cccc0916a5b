package dev.clipsift.app.review;

import dev.clipsift.app.Buttons;
import dev.clipsift.app.sample.Preview;
import dev.clipsift.app.sample.TileModel;
import dev.clipsift.review.ReviewRun;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The review screen: the action bar (keep, reject with a reason, tag, similar, export, help), the filter panel on
 * the left, the 3x4 grid of playing previews (or the embedding map) in the middle, the caption editor on the
 * right, the status line below, and the keys of {@link HelpOverlay}.
 */
public final class ReviewView extends StackPane {
    private final ReviewViewModel model;
    private final List<ReviewTile> tiles = new ArrayList<>();
    private final CaptionEditor editor;
    private final FilterPanel filterPanel;
    private final HelpOverlay help = new HelpOverlay();
    private final TabPane centre = new TabPane();
    private final TextField reason = new TextField();
    private final TextField tag = new TextField();
    private final Label page = new Label();
    private final AnimationTimer animation;
    private boolean playing = true;
    private long pausedAt;
    private long offset;
    private final long start = System.nanoTime();

    public ReviewView(ReviewViewModel model) {
        this.model = model;
        getStyleClass().add("review-view");
        editor = new CaptionEditor(model);
        BorderPane main = new BorderPane();
        main.setTop(actions());
        filterPanel = new FilterPanel(model);
        ScrollPane filters = new ScrollPane(filterPanel);
        filters.setFitToWidth(true);
        main.setLeft(filters);
        Tab grid = new Tab("Grid", grid());
        grid.setId("grid-tab");
        Tab map = new Tab("Embedding map", new EmbeddingMap(model));
        map.setId("map-tab");
        map.setOnSelectionChanged(e -> model.tasks().loadMap());
        centre.getTabs().addAll(grid, map);
        centre.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        main.setCenter(centre);
        ScrollPane side = new ScrollPane(editor);
        side.setFitToWidth(true);
        main.setRight(side);
        Label status = new Label();
        status.setId("review-status");
        status.textProperty().bind(model.status());
        HBox bottom = new HBox(10, status);
        bottom.getStyleClass().add("status-bar");
        main.setBottom(bottom);
        getChildren().addAll(main, help);
        model.tiles().addListener((javafx.collections.ListChangeListener<TileModel>) c -> bindTiles());
        model.revision().addListener((o, a, v) -> refresh());
        model.current().addListener((o, a, v) -> refresh());
        model.selected().addListener((javafx.collections.SetChangeListener<Integer>) c -> refresh());
        animation = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long ms = playing ? (now - start) / 1_000_000 - offset : pausedAt;
                tiles.forEach(t -> t.tick(ms));
                editor.tick(currentPreview(), ms);
            }
        };
        sceneProperty().addListener((o, a, s) -> {
            if (s != null) {
                animation.start();
            } else {
                animation.stop();
            }
        });
        ReviewKeys keys = new ReviewKeys(this);
        addEventFilter(KeyEvent.KEY_PRESSED, keys::onKey);
        addEventFilter(KeyEvent.KEY_TYPED, keys::onTyped);
    }

    private Node actions() {
        Button keep = Buttons.unfocused("Keep (K)", "keep", model::keep);
        Button reject = Buttons.unfocused("Reject (R)", "reject", () -> model.reject(reason.getText()));
        reason.setId("reject-reason");
        reason.setPromptText("reason for rejecting");
        tag.setId("tag-name");
        tag.setPromptText("tag");
        Button addTag = Buttons.unfocused("Tag (T)", "add-tag", () -> model.tag(tag.getText(), true));
        Button untag = Buttons.unfocused("Untag (U)", "remove-tag", () -> model.tag(tag.getText(), false));
        Button similar =
                Buttons.unfocused("Similar (S)", "similar", () -> model.tasks().similarToCurrent());
        Button export = Buttons.unfocused(
                "Export kept clips (Ctrl+E)", "export", () -> model.tasks().export(null));
        export.getStyleClass().add("accent");
        Button keys = Buttons.unfocused("Keys (?)", "help", this::toggleHelp);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, keep, reject, reason, tag, addTag, untag, similar, gap, export, keys);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("folder-bar");
        return bar;
    }

    private Node grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("tile-grid");
        grid.setHgap(10);
        grid.setVgap(10);
        for (int i = 0; i < ReviewViewModel.PAGE_SIZE; i++) {
            ReviewTile t = new ReviewTile();
            t.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> clicked(t, e.isShortcutDown() || e.isShiftDown()));
            tiles.add(t);
            grid.add(t, i % ReviewViewModel.COLUMNS, i / ReviewViewModel.COLUMNS);
        }
        Button prev = Buttons.unfocused(
                "\u2190 Page", "prev-page", () -> model.page(model.page().get() - 1));
        Button next = Buttons.unfocused(
                "Page \u2192", "next-page", () -> model.page(model.page().get() + 1));
        page.setId("review-page");
        HBox pager = new HBox(10, prev, page, next);
        pager.setAlignment(Pos.CENTER);
        BorderPane pane = new BorderPane(new ScrollPane(grid));
        pane.setBottom(pager);
        return pane;
    }

    private void clicked(ReviewTile t, boolean extend) {
        if (t.row() < 0) {
            return;
        }
        if (extend) {
            if (!model.selected().remove(t.row())) {
                model.selected().add(t.row());
            }
        } else {
            model.selected().clear();
        }
        model.current().set(t.row());
        requestFocus();
    }

    private void bindTiles() {
        ReviewRun r = model.run().get();
        int[] rows = model.pageRows();
        for (int i = 0; i < tiles.size(); i++) {
            tiles.get(i)
                    .bind(i < model.tiles().size() ? model.tiles().get(i) : null, i < rows.length ? rows[i] : -1, r);
        }
        refresh();
    }

    private void refresh() {
        ReviewRun r = model.run().get();
        if (r == null) {
            return;
        }
        tiles.forEach(t -> t.refresh(r, model.current().get(), model.selected().contains(t.row())));
        page.setText("page " + (model.page().get() + 1) + " of " + model.pages());
    }

    private Preview currentPreview() {
        int[] rows = model.pageRows();
        for (int i = 0; i < rows.length && i < model.tiles().size(); i++) {
            if (rows[i] == model.current().get()) {
                return model.tiles().get(i).previewProperty().get();
            }
        }
        return null;
    }

    /** Pauses the previews where they are, or plays them on from there. */
    void togglePlaying() {
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        if (playing) {
            pausedAt = elapsed - offset;
        } else {
            offset = elapsed - pausedAt;
        }
        playing = !playing;
    }

    void toggleHelp() {
        help.setVisible(!help.isVisible());
    }

    boolean helpShown() {
        return help.isVisible();
    }

    /** Whether a text field has the keys (then the letter keys type). */
    boolean typing() {
        return getScene() != null && getScene().getFocusOwner() instanceof TextInputControl;
    }

    ReviewViewModel model() {
        return model;
    }

    void focusSearch() {
        filterPanel.focusSearch();
    }

    CaptionEditor editor() {
        return editor;
    }

    TextField tagField() {
        return tag;
    }

    TextField reasonField() {
        return reason;
    }

    void showTab(boolean map) {
        centre.getSelectionModel().select(map ? 1 : 0);
    }

    static boolean isKey(KeyEvent e, KeyCode code) {
        return e.getCode() == code && !e.isShortcutDown() && !e.isAltDown();
    }
}
