package dev.clipsift.app.curate;

import dev.clipsift.app.Format;
import dev.clipsift.app.concurrent.JobControls;
import dev.clipsift.model.Caption;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.TextRegion;
import dev.clipsift.pipeline.StageProgress;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The "Curate" dialog: output folder, shot detector, video limit and captioning server, then a progress bar with Cancel and,
 * when the run is done, the table of the clips it made.
 */
public final class CurateDialog {
    private final Stage stage = new Stage();
    private final CurateViewModel model;

    public CurateDialog(Window owner, CurateViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Curate \u2014 ClipSift");
        TableView<ClipRecord> table = clipsTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox root = new VBox(12, settings(), progressRow(), stagesTable(), table, buttons());
        root.setId("curate-dialog");
        root.setPadding(new Insets(18));
        root.setPrefSize(1240, 760);
        JobControls.install(stage, root, model::cancel);
    }

    public void open() {
        stage.show();
    }

    private GridPane settings() {
        Label input = new Label(model.input() == null ? "(no folder open)" : model.input());
        input.setId("curate-input");
        TextField out = new TextField();
        out.setId("curate-output");
        out.setPromptText("A new or existing run folder, outside the input folder");
        out.textProperty().bindBidirectional(model.outputTextProperty());
        GridPane.setHgrow(out, Priority.ALWAYS);
        Button choose = new Button("Choose\u2026");
        choose.setId("curate-choose-output");
        choose.setOnAction(e -> chooseOutput());
        ComboBox<String> algorithm = new ComboBox<>();
        algorithm.setId("curate-algorithm");
        algorithm.getItems().setAll(CurateViewModel.ALGORITHMS);
        algorithm.valueProperty().bindBidirectional(model.algorithmProperty());
        TextField limit = new TextField();
        limit.setId("curate-limit");
        limit.setPrefColumnCount(6);
        limit.textProperty().bindBidirectional(model.limitTextProperty());
        Label hint = new Label("videos (0 = all, in listing order)");
        hint.getStyleClass().add("status");

        TextField endpoint = new TextField();
        endpoint.setId("curate-caption-endpoint");
        endpoint.setPromptText("OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1 (empty: no captions)");
        endpoint.textProperty().bindBidirectional(model.captionEndpointProperty());
        TextField captionModel = new TextField();
        captionModel.setId("curate-caption-model");
        captionModel.setPromptText("Model, e.g. Qwen/Qwen2.5-VL-7B-Instruct");
        captionModel.textProperty().bindBidirectional(model.captionModelProperty());

        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, key("Input folder"), input);
        GridPane.setColumnSpan(input, 2);
        g.addRow(1, key("Output folder"), out, choose);
        g.addRow(2, key("Shot detector"), algorithm);
        HBox limitRow = new HBox(8, limit, hint);
        limitRow.setAlignment(Pos.CENTER_LEFT);
        g.addRow(3, key("Limit"), limitRow);
        captionModel.setPrefColumnCount(24);
        HBox.setHgrow(endpoint, Priority.ALWAYS);
        HBox captions = new HBox(8, endpoint, captionModel);
        g.addRow(4, key("Captions"), captions);
        GridPane.setColumnSpan(captions, 2);
        g.disableProperty().bind(model.job().runningProperty());
        return g;
    }

    private VBox progressRow() {
        return JobControls.progress(model.job(), "curate");
    }

    /** One row per stage: items in, out and failed, items per second and the time left, as the run reports them. */
    private TableView<StageProgress> stagesTable() {
        TableView<StageProgress> t = new TableView<>(model.stages());
        t.setId("curate-stages");
        t.setPlaceholder(new Label("Each stage's progress shows here while the run goes on."));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPrefHeight(170);
        t.setMinHeight(Region.USE_PREF_SIZE);
        t.getColumns().add(column("Stage", 150, StageProgress::stage));
        t.getColumns().add(column("Workers", 70, p -> String.valueOf(p.workers())));
        t.getColumns().add(column("In", 70, p -> String.valueOf(p.itemsIn())));
        t.getColumns().add(column("Out", 70, p -> String.valueOf(p.itemsOut())));
        t.getColumns().add(column("Failed", 70, p -> String.valueOf(p.itemsFailed())));
        t.getColumns().add(column("Items/s", 80, p -> String.format(Locale.ROOT, "%.2f", p.itemsPerS())));
        t.getColumns().add(column("Time left", 90, p -> Double.isNaN(p.etaS()) ? "" : Format.duration(p.etaS())));
        return t;
    }

    private TableView<ClipRecord> clipsTable() {
        TableView<ClipRecord> t = new TableView<>(model.clips());
        t.setId("curate-clips");
        t.setPlaceholder(new Label("The clips appear here when the run is done."));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(column("Clip", 160, ClipRecord::id));
        t.getColumns().add(column("Source", 150, c -> Path.of(c.source().video())
                .getFileName()
                .toString()));
        t.getColumns()
                .add(column(
                        "Span",
                        120,
                        c -> String.format(
                                Locale.ROOT,
                                "%.2f\u2013%.2f s",
                                c.span().startS(),
                                c.span().endS())));
        t.getColumns()
                .add(column(
                        "Length",
                        70,
                        c -> c.media() == null ? "" : Format.duration(c.media().durationS())));
        t.getColumns()
                .add(column(
                        "Size",
                        90,
                        c -> c.media() == null || c.media().width() == null
                                ? ""
                                : c.media().width() + "\u00d7" + c.media().height()));
        t.getColumns()
                .add(column(
                        "Bytes",
                        80,
                        c -> c.media() == null ? "" : Format.bytes(c.media().bytes())));
        t.getColumns().add(column("Quality", 65, c -> score(c, "quality", "%.1f")));
        t.getColumns().add(column("Motion", 80, c -> score(c, "motion_global_mean", "%.5f")));
        t.getColumns().add(column("Text", 190, CurateDialog::text));
        t.getColumns().add(column("Caption", 260, CurateDialog::caption));
        t.getColumns().add(column("Status", 200, CurateDialog::status));
        return t;
    }

    /** Score {@code name} of the clip in {@code format}, or nothing when it was not scored. */
    private static String score(ClipRecord c, String name, String format) {
        Double v = c.scores() == null ? null : c.scores().get(name);
        return v == null ? "" : String.format(Locale.ROOT, format, v);
    }

    /** The on-screen text read in the clip, marked when it is a persistent overlay. */
    private static String text(ClipRecord c) {
        if (c.text() == null || c.text().regions().isEmpty()) {
            return "";
        }
        String read = c.text().regions().stream().map(TextRegion::text).collect(Collectors.joining(" | "));
        return c.text().overlay() ? "overlay: " + read : read;
    }

    /** The newest caption version's text, or its state while it has none (pending, failed). */
    private static String caption(ClipRecord c) {
        if (c.captions() == null || c.captions().versions().isEmpty()) {
            return "";
        }
        List<Caption> v = c.captions().versions();
        Caption newest = v.get(v.size() - 1);
        return newest.text() != null
                ? newest.version() + ": " + newest.text()
                : newest.version() + " " + newest.state().json();
    }

    /** ok, filtered with its reasons, duplicate, or the errors of a failed clip. */
    private static String status(ClipRecord c) {
        if (!c.valid()) {
            return String.valueOf(c.errors());
        }
        String state = c.status().state().json();
        return c.status().reasons().isEmpty()
                ? state
                : state + ": " + String.join("; ", c.status().reasons());
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        return c;
    }

    private HBox buttons() {
        return JobControls.row(model.job(), "Start", "curate", model::start, model::cancel, stage);
    }

    private void chooseOutput() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Write the run (clips and records) into");
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            model.outputTextProperty().set(dir.getAbsolutePath());
        }
    }

    private static Label key(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("meta-key");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
