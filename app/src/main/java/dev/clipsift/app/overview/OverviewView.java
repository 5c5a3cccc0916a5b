package dev.clipsift.app.overview;

import dev.clipsift.app.Format;
import dev.clipsift.overview.Bin;
import dev.clipsift.overview.DatasetStats;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Charts over the whole listing, a line of totals, and the table's export. */
public final class OverviewView extends BorderPane {
    private static final int TOP_CATEGORIES = 10;
    private static final double MAX_BAR_WIDTH = 70;

    private final Label totals = new Label("Open a folder to see its overview.");
    private final GridPane charts = new GridPane();

    public OverviewView(OverviewViewModel model) {
        getStyleClass().add("overview-view");
        totals.setId("overview-totals");
        totals.getStyleClass().add("totals");
        Button csv = new Button("Export CSV\u2026");
        csv.setId("export-csv");
        csv.setOnAction(e -> choose("listing.csv", "CSV table (*.csv)", "*.csv", f -> model.exportCsv(f.toPath())));
        Button json = new Button("Export JSON\u2026");
        json.setId("export-json");
        json.setOnAction(e -> choose("listing.json", "JSON (*.json)", "*.json", f -> model.exportJson(f.toPath())));
        Label status = new Label();
        status.getStyleClass().add("status");
        status.textProperty().bind(model.statusProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(10, totals, gap, status, csv, json);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("toolbar-row");
        setTop(top);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100 / 3.0);
            charts.getColumnConstraints().add(c);
        }
        for (int i = 0; i < 2; i++) {
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            charts.getRowConstraints().add(r);
        }
        charts.getStyleClass().add("charts");
        setCenter(charts);
        model.statsProperty().addListener((o, a, s) -> show(s));
    }

    private void show(DatasetStats s) {
        totals.setText(String.format(
                "%d files \u00b7 %d unreadable \u00b7 %s of video \u00b7 %s on disk",
                s.total(), s.unreadable(), Format.duration(s.totalDurationS()), Format.bytes(s.totalBytes())));
        totals.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("broken"), s.unreadable() > 0);
        charts.getChildren().clear();
        charts.add(bars("Duration", bins(s.durations())), 0, 0);
        charts.add(bars("Resolution", top(s.resolutions())), 1, 0);
        charts.add(pie("Codec", top(s.codecs())), 2, 0);
        charts.add(bars("Frame rate (fps)", top(s.frameRates())), 0, 1);
        charts.add(bars("File size", bins(s.sizes())), 1, 1);
        charts.add(pie("Aspect ratio", s.aspectRatios()), 2, 1);
    }

    private static Map<String, Long> bins(List<Bin> bins) {
        Map<String, Long> m = new java.util.LinkedHashMap<>();
        bins.forEach(b -> m.put(b.label(), b.count()));
        return m;
    }

    private static Map<String, Long> top(Map<String, Long> counts) {
        Map<String, Long> m = new java.util.LinkedHashMap<>();
        long other = 0;
        int i = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (i++ < TOP_CATEGORIES) {
                m.put(e.getKey(), e.getValue());
            } else {
                other += e.getValue();
            }
        }
        if (other > 0) {
            m.put("other", other);
        }
        return m;
    }

    private static Node bars(String title, Map<String, Long> counts) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Long.valueOf(s);
            }
        });
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        int n = Math.max(1, counts.size());
        chart.widthProperty()
                .addListener(
                        (o, a, w) -> chart.setCategoryGap(Math.max(6, w.doubleValue() * 0.85 / n - MAX_BAR_WIDTH)));
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        counts.forEach((k, v) -> series.getData().add(new XYChart.Data<>(k, v)));
        chart.getData().add(series);
        return wrap(chart);
    }

    private static Node pie(String title, Map<String, Long> counts) {
        PieChart chart = new PieChart();
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setLabelsVisible(true);
        counts.forEach((k, v) -> chart.getData().add(new PieChart.Data(k + " (" + v + ")", v)));
        return wrap(chart);
    }

    private static Node wrap(Region chart) {
        chart.setMinSize(0, 0);
        VBox box = new VBox(chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        box.getStyleClass().add("chart-card");
        return box;
    }

    private void choose(String name, String description, String pattern, Consumer<File> then) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        File f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null) {
            then.accept(f);
        }
    }
}
