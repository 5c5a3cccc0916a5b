package dev.clipsift.app.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.probe.ProbeFailure;
import dev.clipsift.probe.VideoRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverviewViewModelTest {
    @TempDir
    Path tmp;

    private final ObservableList<VideoRecord> records = FXCollections.observableArrayList(
            new VideoRecord(
                    "/v/a.mp4",
                    true,
                    null,
                    null,
                    1000L,
                    1L,
                    "mp4",
                    "h264",
                    "yuv420p",
                    1280,
                    720,
                    0,
                    25.0,
                    "25/1",
                    "25/1",
                    4.0,
                    100L,
                    true,
                    2000L,
                    null,
                    null,
                    null),
            VideoRecord.failed(
                    "/v/b.mp4",
                    10L,
                    1L,
                    ProbeFailure.UNREADABLE,
                    "cannot open: Invalid data found when processing input"));
    private final OverviewViewModel vm = new OverviewViewModel(records, Runnable::run, Runnable::run);

    @Test
    void refreshingComputesTheStatisticsOfTheRecordsListedNow() {
        vm.refresh();
        assertThat(vm.statsProperty().get().total()).isEqualTo(2);
        assertThat(vm.statsProperty().get().unreadable()).isEqualTo(1);

        records.remove(1);
        vm.refresh();

        assertThat(vm.statsProperty().get().total()).isEqualTo(1);
        assertThat(vm.statsProperty().get().codecs()).containsEntry("h264", 1L);
    }

    @Test
    void exportingWritesTheListingAsCsvAndJsonAndSaysWhere() throws IOException {
        Path csv = tmp.resolve("out.csv");
        Path json = tmp.resolve("out.json");

        vm.exportCsv(csv);
        String csvStatus = vm.statusProperty().get();
        vm.exportJson(json);

        assertThat(Files.readAllLines(csv)).hasSize(3);
        assertThat(csvStatus).isEqualTo("Exported 2 rows to " + csv);
        assertThat(Files.readString(json))
                .contains("\"error\" : \"cannot open: Invalid data found when processing input\"");
        assertThat(vm.statusProperty().get()).isEqualTo("Exported 2 rows to " + json);
    }

    @Test
    void exportingAnEmptyListingWritesNothingAndSaysWhy() {
        records.clear();
        Path csv = tmp.resolve("empty.csv");

        vm.exportCsv(csv);

        assertThat(csv).doesNotExist();
        assertThat(vm.statusProperty().get()).startsWith("Nothing to export");
    }

    @Test
    void aFailedExportIsReportedInOneLine() throws IOException {
        Path blocked = Files.createDirectories(tmp.resolve("a-folder.csv"));

        vm.exportCsv(blocked);

        assertThat(vm.statusProperty().get()).startsWith("Cannot export to " + blocked);
        assertThat(blocked).isDirectory();
    }
}
