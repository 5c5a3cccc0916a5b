package dev.clipsift.app.library;

import dev.clipsift.app.Format;
import dev.clipsift.app.sample.DetailView;
import dev.clipsift.app.sample.DetailViewModel;
import dev.clipsift.app.source.OpenedSource;
import dev.clipsift.probe.VideoRecord;
import java.util.Comparator;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;

/**
 * The folder's videos as a sortable table: name, duration, resolution, fps, codec, size, and any error.
 * A double click or Enter opens the video in detail.
 */
public final class LibraryView extends BorderPane {
    private static final PseudoClass BROKEN = PseudoClass.getPseudoClass("broken");
    private final LibraryViewModel model;

    public LibraryView(LibraryViewModel model, Executor ui) {
        this.model = model;
        TableView<VideoRecord> table = new TableView<>(model.records());
        table.setId("files");
        table.setPlaceholder(new Label("No videos listed yet: open a folder above."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(text("File", 260, VideoRecord::fileName));
        table.getColumns().add(number("Duration", 90, VideoRecord::durationS, r -> Format.duration(r.durationS())));
        table.getColumns()
                .add(number(
                        "Resolution",
                        110,
                        r -> r.ok() ? r.displayWidth() * r.displayHeight() : null,
                        Format::resolution));
        table.getColumns().add(number("FPS", 80, VideoRecord::fps, r -> Format.fps(r.fps())));
        table.getColumns().add(text("Codec", 80, r -> Format.orEmpty(r.codec())));
        table.getColumns().add(text("Container", 90, r -> Format.orEmpty(r.container())));
        table.getColumns().add(number("Size", 90, VideoRecord::sizeBytes, r -> Format.bytes(r.sizeBytes())));
        table.getColumns().add(text("Audio", 80, r -> Format.orEmpty(r.audioCodec())));
        table.getColumns().add(text("Status", 300, r -> r.ok() ? "ok" : r.error()));
        table.setRowFactory(t -> {
            TableRow<VideoRecord> row = new TableRow<>() {
                @Override
                protected void updateItem(VideoRecord r, boolean empty) {
                    super.updateItem(r, empty);
                    pseudoClassStateChanged(BROKEN, !empty && r != null && !r.ok());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openDetail(row.getItem(), ui);
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            VideoRecord selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                openDetail(selected, ui);
                e.consume();
            }
        });
        setCenter(table);
    }

    private void openDetail(VideoRecord r, Executor ui) {
        OpenedSource source = model.sourceProperty().get();
        new DetailView(getScene().getWindow(), new DetailViewModel(r, () -> source.file(r.path())), ui).open();
    }

    private static TableColumn<VideoRecord, String> text(
            String name, double width, Function<VideoRecord, String> value) {
        TableColumn<VideoRecord, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }

    /** A column shown as text but sorted by its number, unknown values last. */
    private static <N extends Comparable<N>> TableColumn<VideoRecord, VideoRecord> number(
            String name, double width, Function<VideoRecord, N> key, Function<VideoRecord, String> shown) {
        TableColumn<VideoRecord, VideoRecord> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        c.setComparator(Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder())));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(VideoRecord r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : shown.apply(r));
            }
        });
        c.getStyleClass().add("number");
        return c;
    }
}
