package dev.clipsift.app.review;

import dev.clipsift.app.sample.TileModel;
import dev.clipsift.app.sample.TileView;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.review.ReviewIndex;
import dev.clipsift.review.ReviewRun;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * One tile of the review grid: the sample browser's looping preview tile, then the clip's verdict after the
 * overrides with its reasons (a reject's filters, a reviewer's name and why), and its tags.
 */
final class ReviewTile extends VBox {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass REJECTED = PseudoClass.getPseudoClass("rejected");

    /** Preview width: four tiles a row fit between the filter panel and the caption editor in a 1600-px window. */
    static final double MEDIA_WIDTH = 184;

    private final TileView tile = new TileView(MEDIA_WIDTH);
    private final Label verdict = new Label();
    private final Label tags = new Label();
    private int row = -1;

    ReviewTile() {
        getStyleClass().add("review-tile");
        verdict.getStyleClass().add("review-verdict");
        verdict.setWrapText(true);
        verdict.setMaxWidth(MEDIA_WIDTH);
        tags.getStyleClass().add("review-tags");
        getChildren().addAll(tile, verdict, tags);
    }

    /** Shows clip {@code row} of {@code run} in {@code model} (null: an empty slot). */
    void bind(TileModel model, int row, ReviewRun run) {
        this.row = model == null ? -1 : row;
        tile.bind(model);
        setVisible(model != null);
        if (model != null) {
            setId("review-tile-" + model.index());
            refresh(run, -1, false);
        }
    }

    /** What a person calls clip {@code c}: its source video's file name and where it lies there. */
    static String title(ClipRecord c) {
        String video = c.source().video();
        String trimmed = video.endsWith("/") ? video.substring(0, video.length() - 1) : video;
        return String.format(
                Locale.ROOT,
                "%s %.1f\u2013%.1f s",
                trimmed.substring(trimmed.lastIndexOf('/') + 1),
                c.span().startS(),
                c.span().endS());
    }

    int row() {
        return row;
    }

    /** Redraws the verdict, the tags and whether it is current or selected. */
    void refresh(ReviewRun run, int current, boolean selected) {
        if (row < 0) {
            return;
        }
        ReviewIndex index = run.index();
        ReviewIndex.Verdict v = index.verdict(row);
        String why = String.join("; ", index.reasons(row));
        verdict.setText(v.name().toLowerCase(Locale.ROOT) + (why.isEmpty() ? "" : ": " + why));
        tags.setText(String.join(
                " ", run.state().tags(index.id(row)).stream().map(t -> "#" + t).toList()));
        pseudoClassStateChanged(CURRENT, row == current);
        pseudoClassStateChanged(SELECTED, selected);
        pseudoClassStateChanged(REJECTED, v != ReviewIndex.Verdict.KEPT);
    }

    void tick(long elapsedMs) {
        tile.tick(elapsedMs);
    }
}
