package dev.clipsift.app.launch;

import dev.clipsift.app.concurrent.JobControls;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Accordion;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The run launcher's window: the generated form (a titled pane per section: source and output, S3 access, each
 * stage family, threads and device) on the left; progress, each stage's counters, problems no field holds and
 * the log on the right; Open config, Save config, Check, Start, Resume and Cancel / Close below.
 */
public final class LaunchWindow {
    private final Stage stage = new Stage();
    private final LaunchViewModel model;

    public LaunchWindow(Window owner, LaunchViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        boolean run = "run".equals(model.form().command());
        stage.setTitle((run ? "New run" : "Resume a run") + " \u2014 ClipSift");
        SplitPane split = new SplitPane(form(), watch());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox root = new VBox(10, split, JobControls.progress(model.job(), "launch"), buttons(run));
        root.setId("launch-window");
        root.setPadding(new Insets(14));
        root.setPrefSize(1380, 860);
        JobControls.install(stage, root, model::cancel);
    }

    public void open() {
        stage.show();
    }

    private ScrollPane form() {
        Accordion sections = new Accordion();
        sections.setId("launch-sections");
        for (RunForm.Section s : model.form().sections()) {
            TitledPane pane = new TitledPane(s.title(), FieldEditors.grid(s.fields(), stage));
            pane.setId("section-" + s.key());
            long[] wrong = {0};
            for (OptionField f : s.fields()) {
                f.messageProperty().addListener((o, was, now) -> {
                    wrong[0] += (was.isEmpty() ? 0 : -1) + (now.isEmpty() ? 0 : 1);
                    pane.setText(wrong[0] > 0 ? s.title() + "  \u26a0 " + wrong[0] : s.title());
                    TitledPane open = sections.getExpandedPane();
                    if (!now.isEmpty() && (open == null || !open.getText().contains("\u26a0"))) {
                        sections.setExpandedPane(pane);
                    }
                });
            }
            sections.getPanes().add(pane);
        }
        sections.setExpandedPane(sections.getPanes().get(0));
        sections.disableProperty().bind(model.job().runningProperty());
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private VBox watch() {
        ListView<String> problems = new ListView<>(model.problems());
        problems.setId("launch-problems");
        problems.setPrefHeight(70);
        problems.managedProperty().bind(Bindings.isNotEmpty(model.problems()));
        problems.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        ListView<String> log = new ListView<>(model.logLines());
        log.setId("launch-log");
        model.logLines().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (!model.logLines().isEmpty()) {
                log.scrollTo(model.logLines().size() - 1);
            }
        });
        VBox.setVgrow(log, Priority.ALWAYS);
        var stages = StageTable.of(model.stages(), "launch-stages");
        stages.setPrefHeight(300);
        return new VBox(8, problems, new Label("Stages"), stages, new Label("Log"), log);
    }

    private HBox buttons(boolean run) {
        Button open = new Button("Open config\u2026");
        open.setId("launch-open-config");
        open.setOnAction(e -> {
            File f = chooser("Open run settings (a saved file or a run's config.json)")
                    .showOpenDialog(stage);
            if (f != null) {
                model.openConfig(f.toPath());
            }
        });
        Button save = new Button("Save config\u2026");
        save.setId("launch-save-config");
        save.setOnAction(e -> {
            File f = chooser("Save the run settings").showSaveDialog(stage);
            if (f != null) {
                model.saveConfig(f.toPath());
            }
        });
        Button check = new Button("Check");
        check.setId("launch-check");
        check.setOnAction(e -> model.check());
        Button resume = new Button("Resume");
        resume.setId("launch-resume");
        resume.disableProperty()
                .bind(model.resumableProperty().not().or(model.job().runningProperty()));
        resume.setOnAction(e -> model.resume());
        HBox row = JobControls.row(
                model.job(), run ? "Start" : "Resume run", "launch", model::start, model::cancel, stage);
        row.getChildren().addAll(0, run ? java.util.List.of(open, save, check) : java.util.List.of(check));
        row.getChildren().add(row.getChildren().size() - 2, resume);
        for (Button b : new Button[] {open, save, check}) {
            b.disableProperty().bind(model.job().runningProperty());
        }
        return row;
    }

    private static FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Run settings (JSON)", "*.json"));
        return c;
    }
}
