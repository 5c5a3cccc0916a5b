package dev.clipsift.app.runs;

import dev.clipsift.app.launch.LaunchViewModel;
import dev.clipsift.app.launch.LaunchWindow;
import dev.clipsift.run.RunFolder;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The Runs tab: recent runs with their state and counts; Resume continues the selected run (its launcher window
 * opens and resumes it), "New run from its config" opens the launcher with that run's settings, Review opens the
 * selected run's review, Refresh reads the folders again.
 */
public final class RunsView extends BorderPane {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

    private final RunsViewModel model;
    private final Function<String, LaunchViewModel> launchers;
    private final Consumer<Path> review;
    private final TableView<RunEntry> table;

    /**
     * @param launchers a launcher's state for "run" or "resume"
     * @param review opens a run folder's review window
     */
    public RunsView(RunsViewModel model, Function<String, LaunchViewModel> launchers, Consumer<Path> review) {
        this.model = model;
        this.launchers = launchers;
        this.review = review;
        this.table = table();
        setCenter(table);
        setBottom(buttons());
        setPadding(new Insets(10));
        model.refresh();
    }

    private TableView<RunEntry> table() {
        TableView<RunEntry> t = new TableView<>(model.runs());
        t.setId("runs-table");
        t.setPlaceholder(new Label("No runs yet: Run \u203a New run\u2026 starts one."));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(column("Output", 420, RunEntry::output));
        t.getColumns().add(column("State", 220, r -> r.state().words()));
        t.getColumns().add(column("Videos", 70, r -> String.valueOf(r.videos())));
        t.getColumns().add(column("Clips", 70, r -> String.valueOf(r.clips())));
        t.getColumns().add(column("Failed", 70, r -> String.valueOf(r.failed())));
        t.getColumns()
                .add(column("Updated", 140, r -> r.updated().getEpochSecond() == 0 ? "" : WHEN.format(r.updated())));
        t.setRowFactory(v -> {
            var row = new javafx.scene.control.TableRow<RunEntry>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    resume(row.getItem());
                }
            });
            return row;
        });
        return t;
    }

    private HBox buttons() {
        Label status = new Label();
        status.setId("runs-status");
        status.getStyleClass().add("status");
        status.textProperty().bind(model.statusProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("runs-refresh");
        refresh.setOnAction(e -> model.refresh());
        Button again = new Button("New run from its config\u2026");
        again.setId("runs-new-from-config");
        again.setOnAction(e -> {
            RunEntry r = table.getSelectionModel().getSelectedItem();
            if (r != null) {
                LaunchViewModel vm = launchers.apply("run");
                vm.openConfig(new RunFolder(r.folder()).config());
                new LaunchWindow(getScene().getWindow(), vm).open();
            }
        });
        Button resume = new Button("Resume");
        resume.setId("runs-resume");
        resume.getStyleClass().add("accent");
        resume.setOnAction(e -> {
            RunEntry r = table.getSelectionModel().getSelectedItem();
            if (r != null) {
                resume(r);
            }
        });
        for (Button b : new Button[] {again, resume}) {
            b.disableProperty()
                    .bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button open = reviewButton();
        HBox row = new HBox(8, status, gap, refresh, again, resume, open);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(8, 0, 0, 0));
        return row;
    }

    private Button reviewButton() {
        Button open = new Button("Review\u2026");
        open.setId("runs-review");
        open.setOnAction(e -> {
            RunEntry r = table.getSelectionModel().getSelectedItem();
            if (r != null) {
                review.accept(r.folder());
            }
        });
        open.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> {
                            RunEntry r = table.getSelectionModel().getSelectedItem();
                            return r == null
                                    || r.state() == RunEntry.State.MISSING
                                    || r.state() == RunEntry.State.RUNNING;
                        },
                        table.getSelectionModel().selectedItemProperty()));
        return open;
    }

    /** Opens the resume launcher on the run and starts it (an s3:// run resumes from its staging folder). */
    private void resume(RunEntry r) {
        LaunchViewModel vm = launchers.apply("resume");
        vm.form().field("OUT").ifPresent(f -> f.valueProperty().set(r.output()));
        if (!r.output().equals(r.folder().toString())) {
            vm.form().field("--staging").ifPresent(f -> f.valueProperty()
                    .set(r.folder().toString()));
        }
        new LaunchWindow(getScene().getWindow(), vm).open();
        vm.start();
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        return c;
    }
}
