package dev.clipsift.app.review;

import dev.clipsift.review.ReviewIndex;
import dev.clipsift.review.ReviewRun;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.jspecify.annotations.Nullable;

/**
 * The whole run as points: each clip at its place in the 2D projection of the embeddings, coloured by a score
 * (blue low to red high), by status (kept green, rejected red, duplicate orange) or by a tag; the clips the
 * filters hide are drawn faint. Dragging a box, or a free-form lasso with Shift held, makes the clips inside it the
 * review set.
 */
final class EmbeddingMap extends BorderPane {
    static final String STATUS = "status";
    private static final double PAD = 12;

    private final ReviewViewModel model;
    private final Canvas canvas = new Canvas(900, 640);
    private final ComboBox<String> colour = new ComboBox<>();
    /** The points of the drag under way (canvas x, y pairs); empty when none. */
    private final List<double[]> drag = new ArrayList<>();

    private boolean lasso;

    EmbeddingMap(ReviewViewModel model) {
        this.model = model;
        setId("embedding-map");
        colour.setId("map-colour");
        colour.setOnAction(e -> draw());
        setTop(new HBox(8, new Label("Colour by"), colour));
        Pane holder = new Pane(canvas);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener((o, a, v) -> draw());
        canvas.heightProperty().addListener((o, a, v) -> draw());
        canvas.setId("map-canvas");
        setCenter(holder);
        canvas.setOnMousePressed(e -> {
            lasso = e.isShiftDown();
            drag.clear();
            drag.add(new double[] {e.getX(), e.getY()});
        });
        canvas.setOnMouseDragged(e -> {
            if (lasso || drag.size() < 2) {
                drag.add(new double[] {e.getX(), e.getY()});
            } else {
                drag.set(1, new double[] {e.getX(), e.getY()});
            }
            draw();
        });
        canvas.setOnMouseReleased(e -> {
            double[] first = drag.isEmpty() ? new double[] {e.getX(), e.getY()} : drag.get(0);
            List<double[]> shape = lasso ? List.copyOf(drag) : box(first[0], first[1], e.getX(), e.getY());
            drag.clear();
            select(shape);
        });
        model.tasks().map().addListener((o, a, v) -> draw());
        model.revision().addListener((o, a, v) -> draw());
        model.run().addListener((o, a, r) -> {
            List<String> by = new ArrayList<>(List.of(STATUS));
            by.addAll(r.index().scores());
            r.state().allTags().forEach(t -> by.add("#" + t));
            colour.getItems().setAll(by);
            colour.setValue(STATUS);
        });
    }

    /** Makes the clips whose points lie in the canvas box {@code [ax, bx] x [ay, by]} the review set. */
    void select(double ax, double ay, double bx, double by) {
        select(box(ax, ay, bx, by));
    }

    private static List<double[]> box(double ax, double ay, double bx, double by) {
        return List.of(new double[] {ax, ay}, new double[] {bx, ay}, new double[] {bx, by}, new double[] {ax, by});
    }

    /** Makes the clips whose points lie inside {@code polygon} (canvas x, y pairs, closed) the review set. */
    void select(List<double[]> polygon) {
        float[] xy = model.tasks().map().get();
        ReviewRun r = model.run().get();
        draw();
        if (xy == null || r == null || polygon.size() < 3) {
            return;
        }
        Bounds b = bounds(xy);
        List<Integer> in = new ArrayList<>();
        for (int row = 0; row < r.index().size(); row++) {
            if (!Float.isNaN(xy[2 * row]) && inside(polygon, b.x(xy[2 * row]), b.y(xy[2 * row + 1]))) {
                in.add(row);
            }
        }
        if (!in.isEmpty()) {
            model.reviewSet(in.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** Whether {@code (x, y)} lies inside {@code polygon} (even-odd rule: a ray from it crosses an odd number of edges). */
    private static boolean inside(List<double[]> polygon, double x, double y) {
        boolean in = false;
        for (int i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
            double[] a = polygon.get(i);
            double[] b = polygon.get(j);
            if ((a[1] > y) != (b[1] > y) && x < (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]) + a[0]) {
                in = !in;
            }
        }
        return in;
    }

    /** Where clip {@code row}'s point is on the canvas, or null when it has none (no embedding, no map yet). */
    double @Nullable [] position(int row) {
        float[] xy = model.tasks().map().get();
        if (xy == null || Float.isNaN(xy[2 * row])) {
            return null;
        }
        Bounds b = bounds(xy);
        return new double[] {b.x(xy[2 * row]), b.y(xy[2 * row + 1])};
    }

    /** Where the data's extent lands on the canvas. */
    private record Bounds(double minX, double minY, double sx, double sy) {
        double x(float v) {
            return PAD + (v - minX) * sx;
        }

        double y(float v) {
            return PAD + (v - minY) * sy;
        }
    }

    private Bounds bounds(float[] xy) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (!Float.isNaN(xy[i])) {
                minX = Math.min(minX, xy[i]);
                maxX = Math.max(maxX, xy[i]);
                minY = Math.min(minY, xy[i + 1]);
                maxY = Math.max(maxY, xy[i + 1]);
            }
        }
        double w = Math.max(1, canvas.getWidth() - 2 * PAD);
        double h = Math.max(1, canvas.getHeight() - 2 * PAD);
        return new Bounds(minX, minY, w / Math.max(1e-9, maxX - minX), h / Math.max(1e-9, maxY - minY));
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.rgb(24, 26, 30));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        float[] xy = model.tasks().map().get();
        ReviewRun r = model.run().get();
        if (xy == null || r == null) {
            return;
        }
        Bounds b = bounds(xy);
        boolean[] shown = new boolean[r.index().size()];
        for (int row : model.rows()) {
            shown[row] = true;
        }
        for (int row = 0; row < shown.length; row++) {
            if (!Float.isNaN(xy[2 * row])) {
                Color c = colour(r, row);
                g.setFill(shown[row] ? c : c.deriveColor(0, 0.3, 0.5, 0.35));
                double s = row == model.current().get() ? 13 : 8;
                g.fillOval(b.x(xy[2 * row]) - s / 2, b.y(xy[2 * row + 1]) - s / 2, s, s);
            }
        }
        if (drag.size() > 1) {
            List<double[]> shape = lasso ? drag : box(drag.get(0)[0], drag.get(0)[1], drag.get(1)[0], drag.get(1)[1]);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1.5);
            g.strokePolygon(
                    shape.stream().mapToDouble(p -> p[0]).toArray(),
                    shape.stream().mapToDouble(p -> p[1]).toArray(),
                    shape.size());
        }
    }

    private Color colour(ReviewRun r, int row) {
        String by = colour.getValue() == null ? STATUS : colour.getValue();
        ReviewIndex index = r.index();
        if (by.equals(STATUS)) {
            return switch (index.verdict(row)) {
                case KEPT -> Color.LIMEGREEN;
                case REJECTED -> Color.TOMATO;
                case DUPLICATE -> Color.ORANGE;
            };
        }
        if (by.startsWith("#")) {
            return r.state().tags(index.id(row)).contains(by.substring(1)) ? Color.GOLD : Color.SLATEGRAY;
        }
        float v = index.score(by, row);
        if (Float.isNaN(v)) {
            return Color.GRAY;
        }
        double t = (v - index.min(by)) / Math.max(1e-12, index.max(by) - index.min(by));
        return Color.hsb(240 * (1 - t), 0.8, 0.95);
    }
}
