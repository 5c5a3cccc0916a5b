package dev.clipsift.app.review;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The keys of the review screen, shown over it with {@code ?} and hidden with {@code ?} or Esc. */
final class HelpOverlay extends StackPane {
    static final String[][] KEYS = {
        {"K", "keep the current clip (or the selection)"},
        {"R", "reject it, with the reason typed in the bar"},
        {"\u2192 / L, \u2190 / J", "next / previous clip"},
        {"PgDn / PgUp", "next / previous page"},
        {"Space", "play / pause the previews"},
        {"X", "add the current clip to the selection or take it out"},
        {"E", "edit the caption (Ctrl+Enter saves)"},
        {"O", "show / hide the crop rectangle and text boxes on the preview"},
        {"T / U", "apply / remove the tag typed in the bar"},
        {"V", "next view: all, kept, rejected, duplicate"},
        {"/", "search the captions (Enter)"},
        {"A", "every clip again (leave the review set)"},
        {"C", "re-caption the selection with the prompt typed"},
        {"Ctrl+E", "export the kept clips"},
        {"S", "clips similar to this one"},
        {"M / G", "embedding map / grid"},
        {"drag / Shift+drag", "on the map: a box / a lasso makes the review set"},
        {"Ctrl+Z / Ctrl+Shift+Z", "undo / redo"},
        {"?", "this help"}
    };

    HelpOverlay() {
        setId("help-overlay");
        getStyleClass().add("help-overlay");
        setStyle("-fx-background-color: rgba(10,12,16,0.82);");
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        for (int i = 0; i < KEYS.length; i++) {
            Label key = new Label(KEYS[i][0]);
            key.setStyle("-fx-font-weight: bold; -fx-text-fill: white;");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(KEYS[i][1]);
            what.setStyle("-fx-text-fill: #dde;");
            what.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(i, key, what);
        }
        Label title = new Label("Review keys");
        title.setStyle("-fx-font-size: 18px; -fx-text-fill: white;");
        VBox box = new VBox(12, title, grid);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        box.setStyle("-fx-background-color: #23262d; -fx-padding: 24; -fx-background-radius: 8;");
        getChildren().add(box);
        setVisible(false);
        setOnMouseClicked(e -> setVisible(false));
    }
}
