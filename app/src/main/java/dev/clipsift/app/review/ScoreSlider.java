package dev.clipsift.app.review;

import dev.clipsift.review.ReviewIndex;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.controlsfx.control.RangeSlider;

/**
 * One score's filter: its name and the range chosen, a ControlsFX range slider over the run's min to max, and
 * behind it the score's histogram (every clip in grey, those the filters let through in blue). Moving a thumb
 * re-filters at once.
 */
final class ScoreSlider extends VBox {
    static final int BINS = 40;
    static final double WIDTH = 240;
    static final double HEIGHT = 44;

    private final String score;
    private final RangeSlider slider;
    private final Label label = new Label();
    private final Canvas histogram = new Canvas(WIDTH, HEIGHT);

    ScoreSlider(String score, ReviewIndex index, ReviewViewModel model) {
        this.score = score;
        double min = index.min(score);
        double max = Math.max(min + 1e-9, index.max(score));
        slider = new RangeSlider(min, max, min, max);
        slider.setId("slider-" + score);
        slider.setPrefWidth(WIDTH);
        slider.setMaxWidth(WIDTH);
        slider.lowValueProperty().addListener((o, a, v) -> moved(model));
        slider.highValueProperty().addListener((o, a, v) -> moved(model));
        getStyleClass().add("score-slider");
        StackPane stack = new StackPane(histogram, slider); // the bars stand on the slider's track
        StackPane.setAlignment(histogram, Pos.TOP_CENTER);
        StackPane.setAlignment(slider, Pos.BOTTOM_CENTER);
        stack.setMaxWidth(WIDTH);
        stack.setMinHeight(HEIGHT + 12);
        label.setWrapText(true);
        label.setMaxWidth(WIDTH);
        getChildren().addAll(label, stack);
        setLabel();
    }

    private void moved(ReviewViewModel model) {
        setLabel();
        model.range(score, slider.getLowValue(), slider.getHighValue());
    }

    private void setLabel() {
        label.setText(String.format(
                java.util.Locale.ROOT, "%s  %.3g \u2013 %.3g", score, slider.getLowValue(), slider.getHighValue()));
    }

    RangeSlider slider() {
        return slider;
    }

    /** Redraws the histogram of every clip and of {@code shown}. */
    void draw(ReviewIndex index, int[] shown) {
        int[] all = index.histogram(score, BINS, index.allRows());
        int[] in = index.histogram(score, BINS, shown);
        int peak = 1;
        for (int c : all) {
            peak = Math.max(peak, c);
        }
        GraphicsContext g = histogram.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        double w = WIDTH / BINS;
        for (int b = 0; b < BINS; b++) {
            double h = HEIGHT * all[b] / peak;
            g.setFill(Color.rgb(118, 124, 140, 0.95));
            g.fillRect(b * w, HEIGHT - h, w - 1, h);
            double hi = HEIGHT * in[b] / peak;
            g.setFill(Color.rgb(86, 160, 255));
            g.fillRect(b * w, HEIGHT - hi, w - 1, hi);
        }
    }
}
