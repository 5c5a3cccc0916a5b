package dev.clipsift.app.grid;

import dev.clipsift.app.concurrent.JobControls;
import dev.clipsift.app.grid.GridVideoViewModel.Source;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The "Make grid video" dialog: which videos, the grid's size, length, frame rate, seed and labels, the output
 * file, then a progress bar with Cancel and, at the end, where the file is (or why there is none).
 */
public final class GridVideoDialog {
    private final Stage stage = new Stage();
    private final GridVideoViewModel model;

    public GridVideoDialog(Window owner, GridVideoViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Make grid video \u2014 ClipSift");

        VBox root = new VBox(14, sources(), options(), outputRow(), progressRow(), buttons());
        root.setId("grid-dialog");
        root.getStyleClass().add("dialog");
        root.setPadding(new Insets(18));
        root.setPrefWidth(640);
        JobControls.install(stage, root, model::cancel);
    }

    public void open() {
        stage.show();
    }

    private VBox sources() {
        ToggleGroup group = new ToggleGroup();
        RadioButton sample = new RadioButton();
        sample.setId("grid-source-sample");
        RadioButton folder = new RadioButton();
        folder.setId("grid-source-folder");
        Runnable words = () -> {
            sample.setText(model.describe(Source.SAMPLE));
            folder.setText(model.describe(Source.FOLDER));
        };
        words.run();
        model.colsProperty().addListener((o, a, b) -> words.run());
        model.rowsProperty().addListener((o, a, b) -> words.run());
        sample.setToggleGroup(group);
        folder.setToggleGroup(group);
        sample.setDisable(!model.sampleAvailable());
        folder.setDisable(!model.folderAvailable());
        (model.sourceProperty().get() == Source.SAMPLE ? sample : folder).setSelected(true);
        group.selectedToggleProperty()
                .addListener((o, a, t) -> model.sourceProperty().set(t == sample ? Source.SAMPLE : Source.FOLDER));
        Label title = new Label("Videos");
        title.getStyleClass().add("dialog-heading");
        VBox box = new VBox(6, title, sample, folder);
        box.disableProperty().bind(model.job().runningProperty());
        return box;
    }

    private GridPane options() {
        Spinner<Integer> cols = spinner("grid-cols", model.colsProperty().get());
        cols.valueProperty().addListener((o, a, v) -> model.colsProperty().set(v));
        model.colsProperty().addListener((o, a, v) -> cols.getValueFactory().setValue(v.intValue()));
        Spinner<Integer> rows = spinner("grid-rows", model.rowsProperty().get());
        rows.valueProperty().addListener((o, a, v) -> model.rowsProperty().set(v));
        model.rowsProperty().addListener((o, a, v) -> rows.getValueFactory().setValue(v.intValue()));
        TextField length = field("grid-length", model.lengthTextProperty().get());
        length.textProperty().bindBidirectional(model.lengthTextProperty());
        TextField fps = field("grid-fps", model.fpsTextProperty().get());
        fps.textProperty().bindBidirectional(model.fpsTextProperty());
        TextField seed = field("grid-seed", model.seedTextProperty().get());
        seed.textProperty().bindBidirectional(model.seedTextProperty());
        CheckBox labels = new CheckBox("Write each file's name and duration on its tile");
        labels.setId("grid-labels");
        labels.selectedProperty().bindBidirectional(model.labelsProperty());

        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, key("Columns"), cols, key("Rows"), rows);
        g.addRow(1, key("Length (s)"), length, key("Frame rate (fps)"), fps);
        g.addRow(2, key("Seed"), seed);
        Label shape = new Label();
        shape.setId("grid-shape");
        shape.getStyleClass().add("status");
        shape.textProperty()
                .bind(Bindings.createStringBinding(
                        model::shape,
                        model.colsProperty(),
                        model.rowsProperty(),
                        model.lengthTextProperty(),
                        model.fpsTextProperty(),
                        model.seedTextProperty()));
        g.add(labels, 0, 3, 4, 1);
        g.add(shape, 0, 4, 4, 1);
        g.disableProperty().bind(model.job().runningProperty());
        return g;
    }

    private HBox outputRow() {
        TextField out = new TextField();
        out.setId("grid-output");
        out.textProperty().bindBidirectional(model.outputTextProperty());
        HBox.setHgrow(out, Priority.ALWAYS);
        Button choose = new Button("Choose\u2026");
        choose.setId("grid-choose-output");
        choose.setOnAction(e -> chooseOutput());
        HBox row = new HBox(8, key("Output file"), out, choose);
        row.setAlignment(Pos.CENTER_LEFT);
        row.disableProperty().bind(model.job().runningProperty());
        return row;
    }

    private VBox progressRow() {
        return JobControls.progress(model.job(), "grid");
    }

    private HBox buttons() {
        return JobControls.row(model.job(), "Make grid video", "grid", model::make, model::cancel, stage);
    }

    private void chooseOutput() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Write the grid video to");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("MP4 video (*.mp4)", "*.mp4"));
        Path current = Path.of(
                model.outputTextProperty().get().isBlank()
                        ? "grid_preview.mp4"
                        : model.outputTextProperty().get());
        if (current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        chooser.setInitialFileName(String.valueOf(current.getFileName()));
        File f = chooser.showSaveDialog(stage);
        if (f != null) {
            model.outputTextProperty().set(f.getAbsolutePath());
        }
    }

    private static Spinner<Integer> spinner(String id, int value) {
        Spinner<Integer> s = new Spinner<>(1, 100, value);
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(90);
        s.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                s.increment(0); // commits a typed value when the field loses focus
            }
        });
        return s;
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(8);
        return f;
    }

    private static Label key(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("meta-key");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
