package dev.clipsift.app.settings;

import dev.clipsift.app.Labels;
import dev.clipsift.app.source.S3OptionsDialog;
import java.io.File;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * The Settings dialog: S3 defaults, the captioning server, device and threads, the cache folder and the preview
 * cache limit, all in one place. Save checks and writes them; a wrong field keeps the dialog open and says why.
 */
public final class SettingsDialog extends Dialog<Boolean> {
    public SettingsDialog(Window owner, SettingsViewModel model, List<String> profiles) {
        initOwner(owner);
        setTitle("Settings");
        setHeaderText("ClipSift settings (kept per user; secrets never go into the settings file)");
        setResizable(true);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(7);
        form.setPadding(new Insets(12));
        int row = 0;
        form.add(heading("S3 (the defaults for opening a bucket)"), 0, row++, 3, 1);
        ComboBox<String> profile = new ComboBox<>();
        profile.setId("settings-s3-profile");
        profile.getItems().add(S3OptionsDialog.DEFAULT_CHAIN);
        profile.getItems().addAll(profiles);
        String p = model.s3ProfileProperty().get();
        profile.setValue(p.isEmpty() ? S3OptionsDialog.DEFAULT_CHAIN : p);
        profile.valueProperty()
                .addListener((o, a, v) -> model.s3ProfileProperty().set(v));
        form.addRow(row++, new Label("Profile"), profile);
        form.addRow(
                row++,
                new Label("Endpoint URL"),
                field(
                        "settings-s3-endpoint",
                        "AWS (leave empty), or e.g. http://localhost:9000",
                        model.s3EndpointProperty()));
        form.addRow(
                row++,
                new Label("Region"),
                field("settings-s3-region", "from the profile or environment", model.s3RegionProperty()));
        CheckBox pathStyle = new CheckBox("Path-style addressing (MinIO, Ceph, local mocks)");
        pathStyle.setId("settings-s3-path-style");
        pathStyle.selectedProperty().bindBidirectional(model.s3PathStyleProperty());
        form.add(pathStyle, 1, row++);
        form.add(
                note("Access keys come from the profile files (~/.aws) or AWS_* variables, never from here."),
                1,
                row++,
                2,
                1);

        form.add(heading("Captioning (what a new run starts with)"), 0, row++, 3, 1);
        form.addRow(
                row++,
                new Label("Endpoint"),
                field(
                        "settings-captioning-endpoint",
                        "e.g. http://127.0.0.1:8000/v1",
                        model.captioningEndpointProperty()));
        form.addRow(
                row++,
                new Label("Model"),
                field(
                        "settings-captioning-model",
                        "e.g. Qwen/Qwen2.5-VL-7B-Instruct",
                        model.captioningModelProperty()));
        PasswordField key = new PasswordField();
        key.setId("settings-api-key");
        key.setPromptText("leave empty to keep the current one");
        key.textProperty().bindBidirectional(model.apiKeyProperty());
        form.addRow(row++, new Label("API key"), key);
        form.add(note(model.apiKeyStatus()), 1, row++, 2, 1);

        form.add(heading("Device, threads and caches"), 0, row++, 3, 1);
        ComboBox<String> device = new ComboBox<>();
        device.setId("settings-device");
        device.getItems().addAll(SettingsFields.deviceChoices());
        device.valueProperty().bindBidirectional(model.deviceProperty());
        form.addRow(row++, new Label("Device"), device);
        form.addRow(
                row++, new Label("Threads"), field("settings-threads", "the number of cores", model.threadsProperty()));
        TextField cache =
                field("settings-cache-dir", "$XDG_CACHE_HOME/clipsift or ~/.cache/clipsift", model.cacheDirProperty());
        Button chooseCache = new Button("Choose\u2026");
        chooseCache.setId("settings-cache-choose");
        chooseCache.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("The cache folder");
            File dir = chooser.showDialog(getDialogPane().getScene().getWindow());
            if (dir != null) {
                model.cacheDirProperty().set(dir.toString());
            }
        });
        HBox cacheRow = new HBox(8, cache, chooseCache);
        HBox.setHgrow(cache, Priority.ALWAYS);
        form.addRow(row++, new Label("Cache folder"), cacheRow);
        Label usage = note("");
        usage.setId("settings-cache-usage");
        usage.textProperty().bind(model.cacheUsageProperty());
        form.add(usage, 1, row++, 2, 1);
        form.addRow(
                row++,
                new Label("Preview cache limit (MiB)"),
                field("settings-preview-cache-mb", "2048", model.previewCacheMbProperty()));
        String env = model.environmentNotes();
        if (!env.isEmpty()) {
            form.add(note(env), 1, row++, 2, 1);
        }
        Label message = new Label();
        message.setId("settings-message");
        message.setWrapText(true);
        message.setMaxWidth(560);
        message.textProperty().bind(model.messageProperty());
        form.add(message, 0, row, 3, 1);

        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (owner.getScene() != null) {
            getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        Button save = (Button) getDialogPane().lookupButton(ButtonType.OK);
        save.setText("Save");
        save.setId("settings-save");
        save.addEventFilter(ActionEvent.ACTION, e -> {
            if (!model.save()) {
                e.consume();
            }
        });
        setResultConverter(b -> b == ButtonType.OK);
        model.measureCache();
    }

    private static TextField field(String id, String prompt, StringProperty into) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(30);
        f.textProperty().bindBidirectional(into);
        return f;
    }

    private static Label heading(String text) {
        return Labels.styled(text, "settings-heading");
    }

    private static Label note(String text) {
        Label l = Labels.wrapped(text, "settings-note");
        l.setMaxWidth(520);
        return l;
    }
}
