package dev.clipsift.app.overview;

import dev.clipsift.overview.DatasetStats;
import dev.clipsift.overview.ListingExport;
import dev.clipsift.probe.VideoRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * Statistics over the whole listing, recomputed in the background whenever the listing settles, and the
 * listing's export as CSV or JSON (written atomically, off the UI thread).
 */
public final class OverviewViewModel {
    private final ObservableList<VideoRecord> records;
    private final Executor background;
    private final Executor ui;
    private final ObjectProperty<DatasetStats> stats = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private int request;

    public OverviewViewModel(ObservableList<VideoRecord> records, Executor background, Executor ui) {
        this.records = records;
        this.background = background;
        this.ui = ui;
    }

    /** Recomputes the statistics from the records listed now. */
    public void refresh() {
        List<VideoRecord> snapshot = List.copyOf(records);
        int ticket = ++request;
        background.execute(() -> {
            DatasetStats s = DatasetStats.of(snapshot);
            ui.execute(() -> {
                if (ticket == request) {
                    stats.set(s);
                }
            });
        });
    }

    public void exportCsv(Path out) {
        export(out, "CSV", true);
    }

    public void exportJson(Path out) {
        export(out, "JSON", false);
    }

    private void export(Path out, String kind, boolean csv) {
        List<VideoRecord> snapshot = List.copyOf(records);
        if (snapshot.isEmpty()) {
            status.set("Nothing to export: open a folder first.");
            return;
        }
        status.set("Exporting " + snapshot.size() + " rows as " + kind + " \u2026");
        background.execute(() -> {
            try {
                if (csv) {
                    ListingExport.writeCsv(out, snapshot);
                } else {
                    ListingExport.writeJson(out, snapshot);
                }
                ui.execute(
                        () -> status.set(String.format(Locale.ROOT, "Exported %d rows to %s", snapshot.size(), out)));
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> status.set("Cannot export to " + out + ": " + e.getMessage()));
            }
        });
    }

    public ReadOnlyObjectProperty<DatasetStats> statsProperty() {
        return stats;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
