package dev.clipsift.app.review;

import dev.clipsift.app.sample.Preview;
import dev.clipsift.review.CaptionHistory;
import dev.clipsift.review.ReviewRun;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The current clip beside its caption: the playing preview in its source picture with the crop rectangle and the
 * on-screen text boxes ({@link ClipOverlay}), its source video and span, one text area per caption window (Save, or
 * Ctrl+Enter, journals each changed window as an edit), undo and redo, the history of versions (who, when, from
 * which model or person), and re-captioning the selection with a prompt.
 */
final class CaptionEditor extends VBox {
    static final double WIDTH = 360;

    private final ReviewViewModel model;
    private final ClipOverlay preview = new ClipOverlay(WIDTH - 16, (WIDTH - 16) * 9 / 16);
    private final Label title = new Label("No clip");
    private final Label id = new Label();
    private final VBox windows = new VBox(6);
    private final List<TextArea> areas = new ArrayList<>();
    private final ListView<String> history = new ListView<>();
    private final CheckBox overlays = new CheckBox("Crop and text boxes (O)");
    private final TextField prompt = new TextField();
    private int shownRow = -2;
    private int shownRevision = -1;

    CaptionEditor(ReviewViewModel model) {
        super(8);
        this.model = model;
        getStyleClass().add("caption-editor");
        setPrefWidth(WIDTH);
        title.setId("editor-title");
        title.getStyleClass().add("tile-name");
        id.setId("editor-clip-id");
        id.getStyleClass().add("tile-meta");
        overlays.setId("overlays");
        overlays.setSelected(true);
        overlays.setFocusTraversable(false);
        overlays.selectedProperty().addListener((o, was, on) -> preview.overlays(on));
        Button save = new Button("Save caption");
        save.setId("save-caption");
        save.setOnAction(e -> save());
        Button undo = new Button("Undo");
        undo.setId("undo");
        undo.disableProperty().bind(model.undoStack().canUndo().not());
        undo.setOnAction(e -> model.undo());
        Button redo = new Button("Redo");
        redo.setId("redo");
        redo.disableProperty().bind(model.undoStack().canRedo().not());
        redo.setOnAction(e -> model.redo());
        history.setId("caption-history");
        history.setPrefHeight(160);
        history.setCellFactory(v -> {
            ListCell<String> cell = new ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.setWrapText(true);
            cell.setPrefWidth(0); // wraps to the list's width instead of scrolling sideways
            return cell;
        });
        prompt.setId("recaption-prompt");
        prompt.setPromptText("prompt (empty: the run's)");
        Button recaption = new Button("Re-caption (C)");
        recaption.setTooltip(new Tooltip("Caption the selected clips again with this prompt"));
        recaption.setId("recaption");
        recaption.setOnAction(e -> recaption());
        getChildren()
                .addAll(
                        preview,
                        overlays,
                        title,
                        id,
                        new Label("Caption (one box per window)"),
                        windows,
                        new HBox(6, save, undo, redo),
                        new Label("History"),
                        history,
                        promptRow(recaption));
        model.current().addListener((o, a, v) -> refresh());
        model.revision().addListener((o, a, v) -> refresh());
    }

    /** Saves every window whose text changed, as one edit each. */
    void save() {
        for (int i = 0; i < areas.size(); i++) {
            model.editCaption(i, areas.get(i).getText());
        }
    }

    /** Focuses the first window's text, for editing from the keyboard. */
    void focusText() {
        if (!areas.isEmpty()) {
            areas.get(0).requestFocus();
            areas.get(0).end();
        }
    }

    private void refresh() {
        ReviewRun r = model.run().get();
        int row = model.current().get();
        if (r == null || (row == shownRow && model.revision().get() == shownRevision && row >= 0)) {
            return;
        }
        boolean sameClip = row == shownRow;
        shownRow = row;
        shownRevision = model.revision().get();
        if (row < 0) {
            title.setText("No clip");
            id.setText("");
            preview.show(null);
            windows.getChildren().clear();
            areas.clear();
            history.getItems().clear();
            return;
        }
        title.setText(ReviewTile.title(r.clip(row)));
        id.setText(r.index().id(row));
        preview.show(r.clip(row));
        List<String> text = r.windows(row);
        if (!sameClip || areas.size() != Math.max(1, text.size())) {
            areas.clear();
            windows.getChildren().clear();
            for (int i = 0; i < Math.max(1, text.size()); i++) {
                TextArea area = new TextArea();
                area.setId("caption-window-" + i);
                area.setWrapText(true);
                area.setPrefRowCount(3);
                area.setOnKeyPressed(e -> {
                    if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                        save();
                        e.consume();
                    }
                });
                areas.add(area);
                windows.getChildren().add(area);
            }
        }
        for (int i = 0; i < areas.size(); i++) {
            String t = i < text.size() ? text.get(i) : "";
            if (!areas.get(i).getText().equals(t)) {
                areas.get(i).setText(t);
            }
        }
        List<String> lines =
                new ArrayList<>(r.history(row).stream().map(CaptionEditor::line).toList());
        java.util.Collections.reverse(lines);
        history.getItems().setAll(lines);
    }

    private static String line(CaptionHistory.Version v) {
        String text = v.text().replace('\n', ' ');
        return v.label() + " \u2014 " + v.by() + (v.at() == null ? "" : ", " + when(v.at())) + ": "
                + (text.length() > 80 ? text.substring(0, 80) + "\u2026" : text);
    }

    /** An ISO instant to the second, as a person reads it ({@code 2026-12-03 17:05:07 UTC}). */
    private static String when(String at) {
        return at.length() >= 19 && at.charAt(10) == 'T'
                ? at.substring(0, 10) + " " + at.substring(11, 19) + " UTC"
                : at;
    }

    /** Shows the current clip's preview frame, if its preview is loaded. */
    void tick(Preview p, long elapsedMs) {
        preview.frame(p == null ? null : p.frameAt(elapsedMs));
    }

    /** The prompt field, as wide as the editor leaves it, and the button that uses it. */
    private HBox promptRow(Button recaption) {
        HBox.setHgrow(prompt, Priority.ALWAYS);
        recaption.setMinWidth(Region.USE_PREF_SIZE);
        return new HBox(6, prompt, recaption);
    }

    /** Captions the selection (or the current clip) again with the prompt typed (empty: the run's). */
    void recaption() {
        model.tasks().recaption(prompt.getText());
    }

    /** Shows or hides the crop rectangle and the text boxes over the preview. */
    void toggleOverlays() {
        overlays.setSelected(!overlays.isSelected());
    }
}
