package dev.clipsift.app.concurrent;

import dev.clipsift.app.ClipSiftApp;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The controls every job dialog shows: a progress bar with the status line under it, and a button row with
 * a default "start" button and Cancel while the job runs, Close after.
 */
public final class JobControls {
    private JobControls() {}

    /** Puts {@code root} into {@code stage} with the app's style; closing the window cancels the job. */
    public static void install(Stage stage, Parent root, Runnable cancel) {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(ClipSiftApp.CSS);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> cancel.run());
    }

    /** The progress bar ({@code idPrefix}-progress) and status line ({@code idPrefix}-status) of {@code job}. */
    public static VBox progress(JobState job, String idPrefix) {
        ProgressBar bar = new ProgressBar(0);
        bar.setId(idPrefix + "-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setMinHeight(Region.USE_PREF_SIZE);
        bar.progressProperty().bind(job.progressProperty());
        Label status = new Label();
        status.setId(idPrefix + "-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(job.statusProperty());
        return new VBox(6, bar, status);
    }

    /** {@code idPrefix}-start and {@code idPrefix}-cancel are the buttons' ids (for tests). */
    public static HBox row(
            JobState job, String startText, String idPrefix, Runnable start, Runnable cancel, Stage stage) {
        Button go = new Button(startText);
        go.setId(idPrefix + "-start");
        go.getStyleClass().add("accent");
        go.setDefaultButton(true);
        go.disableProperty().bind(job.runningProperty());
        go.setOnAction(e -> start.run());
        Button stop = new Button();
        stop.setId(idPrefix + "-cancel");
        stop.textProperty()
                .bind(Bindings.when(job.runningProperty()).then("Cancel").otherwise("Close"));
        stop.setOnAction(e -> {
            if (job.isRunning()) {
                cancel.run();
            } else {
                stage.close();
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, gap, go, stop);
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }
}
