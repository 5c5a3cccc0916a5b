package dev.clipsift.app.launch;

import dev.clipsift.app.Format;
import dev.clipsift.pipeline.StageProgress;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** One row per stage of a run: workers, items in, out and failed, items per second and the time left, as the run reports them. */
final class StageTable {
    private StageTable() {}

    static TableView<StageProgress> of(ObservableList<StageProgress> stages, String id) {
        TableView<StageProgress> t = new TableView<>(stages);
        t.setId(id);
        t.setPlaceholder(new Label("Each stage's progress shows here while the run goes on."));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(column("Stage", 130, StageProgress::stage));
        t.getColumns().add(column("Workers", 65, p -> String.valueOf(p.workers())));
        t.getColumns().add(column("In", 60, p -> String.valueOf(p.itemsIn())));
        t.getColumns().add(column("Out", 60, p -> String.valueOf(p.itemsOut())));
        t.getColumns().add(column("Failed", 60, p -> String.valueOf(p.itemsFailed())));
        t.getColumns().add(column("Of", 60, p -> p.expected() < 0 ? "" : String.valueOf(p.expected())));
        t.getColumns().add(column("Items/s", 70, p -> String.format(Locale.ROOT, "%.2f", p.itemsPerS())));
        t.getColumns().add(column("Time left", 80, p -> Double.isNaN(p.etaS()) ? "" : Format.duration(p.etaS())));
        return t;
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        return c;
    }
}
