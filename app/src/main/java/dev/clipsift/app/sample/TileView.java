package dev.clipsift.app.sample;

import dev.clipsift.app.Format;
import dev.clipsift.probe.VideoRecord;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** One grid tile: the looping preview, the file name and a line of metadata, or why it cannot be shown. */
public final class TileView extends VBox {
    static final double MEDIA_WIDTH = 320;
    static final double MEDIA_HEIGHT = 180;

    private final ImageView image = new ImageView();
    private final Label placeholder = new Label();
    private final Label name = new Label();
    private final Label meta = new Label();
    private TileModel model;

    public TileView() {
        this(MEDIA_WIDTH);
    }

    /** A tile whose preview is {@code mediaWidth} wide (16:9). */
    public TileView(double mediaWidth) {
        double mediaHeight = mediaWidth * MEDIA_HEIGHT / MEDIA_WIDTH;
        getStyleClass().add("tile");
        setFocusTraversable(true);
        image.setFitWidth(mediaWidth);
        image.setFitHeight(mediaHeight);
        image.setPreserveRatio(true);
        image.setSmooth(true);
        placeholder.getStyleClass().add("tile-placeholder");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(mediaWidth - 24);
        StackPane media = new StackPane(image, placeholder);
        media.getStyleClass().add("tile-media");
        media.setMinSize(mediaWidth, mediaHeight);
        media.setPrefSize(mediaWidth, mediaHeight);
        media.setMaxSize(mediaWidth, mediaHeight);
        name.getStyleClass().add("tile-name");
        name.setMaxWidth(mediaWidth);
        meta.getStyleClass().add("tile-meta");
        meta.setMaxWidth(mediaWidth);
        getChildren().addAll(media, name, meta);
        setAlignment(Pos.TOP_LEFT);
        bind(null);
    }

    public TileModel model() {
        return model;
    }

    /** Shows {@code tile} (or an empty slot when null). */
    public void bind(TileModel tile) {
        this.model = tile;
        image.setImage(null);
        setVisible(tile != null);
        if (tile == null) {
            return;
        }
        setId("tile-" + tile.index());
        name.setText(tile.titled() ? tile.title() : (tile.index() + 1) + ". " + tile.fileName());
        name.setWrapText(tile.titled());
        Tooltip.install(this, new Tooltip(tile.path()));
        tile.recordProperty().addListener((o, a, r) -> refresh(tile));
        tile.previewProperty().addListener((o, a, p) -> refresh(tile));
        tile.problemProperty().addListener((o, a, p) -> refresh(tile));
        refresh(tile);
    }

    private void refresh(TileModel tile) {
        if (tile != model) {
            return;
        }
        VideoRecord r = tile.recordProperty().get();
        String problem = tile.problemProperty().get();
        meta.setText(r == null ? "probing \u2026" : r.ok() ? Format.summary(r) : "unreadable");
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("broken"), problem != null);
        if (problem != null) {
            placeholder.setText((r != null && !r.ok() ? "Unreadable: " : "") + problem);
            placeholder.getStyleClass().setAll("label", "tile-placeholder", "tile-error");
            placeholder.setVisible(true);
        } else if (tile.previewProperty().get() == null) {
            placeholder.setText("loading preview \u2026");
            placeholder.getStyleClass().setAll("label", "tile-placeholder");
            placeholder.setVisible(true);
        } else {
            placeholder.setVisible(false);
        }
    }

    /** Advances the looping preview; called once per animation pulse. */
    public void tick(long elapsedMs) {
        Preview p = model == null ? null : model.previewProperty().get();
        if (p != null) {
            image.setImage(p.frameAt(elapsedMs));
        }
    }
}
