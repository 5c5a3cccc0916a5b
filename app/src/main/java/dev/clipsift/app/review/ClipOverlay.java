package dev.clipsift.app.review;

import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.Crop;
import dev.clipsift.model.TextRegion;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.jspecify.annotations.Nullable;

/**
 * The current clip's playing preview in its source picture: the source frame (dark), the clip's picture where its
 * crop rectangle lies in it (the black bars the transcoder cut away stay outside, dashed outline), and the on-screen
 * text boxes the OCR family recorded ({@code text.regions}, in clip pixels), each with what was read as its tooltip
 * (overlays in orange, scene text in yellow). Overlays can be hidden; the picture stays.
 */
final class ClipOverlay extends Pane {
    private final double width;
    private final double height;
    private final Rectangle source = new Rectangle();
    private final ImageView picture = new ImageView();
    private final Rectangle crop = new Rectangle();
    private final Pane boxes = new Pane();
    private boolean overlays = true;

    ClipOverlay(double width, double height) {
        this.width = width;
        this.height = height;
        setId("clip-overlay");
        setMinSize(width, height);
        setPrefSize(width, height);
        setMaxSize(width, height);
        source.setId("overlay-source");
        source.setFill(Color.rgb(12, 13, 16));
        crop.setId("overlay-crop");
        crop.setFill(Color.TRANSPARENT);
        crop.setStroke(Color.rgb(90, 200, 255));
        crop.getStrokeDashArray().setAll(6.0, 4.0);
        crop.setStrokeWidth(1.5);
        crop.setMouseTransparent(true);
        boxes.setPickOnBounds(false);
        getChildren().addAll(source, picture, crop, boxes);
        show(null);
    }

    /** Lays out clip {@code c} (null: nothing shown). */
    void show(@Nullable ClipRecord c) {
        boxes.getChildren().clear();
        boolean any = c != null;
        source.setVisible(any);
        crop.setVisible(any && overlays);
        if (!any) {
            picture.setImage(null);
            return;
        }
        Crop k = cropOf(c);
        double s = Math.min(width / k.sourceWidth(), height / k.sourceHeight());
        double ox = (width - k.sourceWidth() * s) / 2;
        double oy = (height - k.sourceHeight() * s) / 2;
        source.setX(ox);
        source.setY(oy);
        source.setWidth(k.sourceWidth() * s);
        source.setHeight(k.sourceHeight() * s);
        crop.setX(ox + k.x() * s);
        crop.setY(oy + k.y() * s);
        crop.setWidth(k.w() * s);
        crop.setHeight(k.h() * s);
        picture.setLayoutX(crop.getX());
        picture.setLayoutY(crop.getY());
        picture.setFitWidth(crop.getWidth());
        picture.setFitHeight(crop.getHeight());
        if (c.text() == null) {
            return;
        }
        boolean sized =
                c.media() != null && c.media().width() != null && c.media().height() != null;
        double clipW = sized ? c.media().width() : k.w();
        double clipH = sized ? c.media().height() : k.h();
        double bx = crop.getWidth() / clipW;
        double by = crop.getHeight() / clipH;
        int i = 0;
        for (TextRegion t : c.text().regions()) {
            Rectangle box = new Rectangle(crop.getX() + t.x() * bx, crop.getY() + t.y() * by, t.w() * bx, t.h() * by);
            box.setId("ocr-box-" + i++);
            box.getStyleClass().add("ocr-box");
            box.setFill(Color.TRANSPARENT);
            box.setStroke(t.overlay() ? Color.ORANGE : Color.YELLOW);
            box.setStrokeWidth(1.5);
            Tooltip.install(box, new Tooltip(t.text().isEmpty() ? "(text not read)" : t.text()));
            boxes.getChildren().add(box);
        }
        boxes.setVisible(overlays);
    }

    /** The clip's crop; a clip without one keeps the whole of its (clip-sized) picture. */
    private static Crop cropOf(ClipRecord c) {
        if (c.crop() != null) {
            return c.crop();
        }
        Integer w = c.media() != null ? c.media().width() : c.source().width();
        Integer h = c.media() != null ? c.media().height() : c.source().height();
        return Crop.full(w == null ? 16 : w, h == null ? 9 : h);
    }

    /** Shows or hides the crop rectangle and the text boxes. */
    void overlays(boolean on) {
        overlays = on;
        crop.setVisible(on && source.isVisible());
        boxes.setVisible(on);
    }

    boolean overlays() {
        return overlays;
    }

    void frame(@Nullable Image frame) {
        picture.setImage(frame);
    }
}
