package dev.clipsift.app.sample;

import dev.clipsift.app.Format;
import dev.clipsift.preview.BgraFrame;
import dev.clipsift.probe.VideoRecord;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A video in detail: a larger muted looping player with a scrubber, and all of its metadata. */
public final class DetailView {
    private static final int MAX_WIDTH = 960;
    private static final int MAX_HEIGHT = 540;

    private final Stage stage = new Stage();
    private final ImageView view = new ImageView();
    private final Slider scrubber = new Slider(0, 1, 0);
    private final Label time = new Label();
    private final Label problem = new Label();
    private final DetailPlayer player;
    private final VideoRecord record;
    private WritableImage image;
    private boolean fromPlayer;

    public DetailView(Window owner, DetailViewModel model, Executor ui) {
        this.record = model.record();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(model.title() + " \u2014 ClipSift");
        view.setFitWidth(MAX_WIDTH);
        view.setFitHeight(MAX_HEIGHT);
        view.setPreserveRatio(true);
        problem.getStyleClass().add("tile-error");
        StackPane screen = new StackPane(view, problem);
        screen.getStyleClass().add("detail-screen");
        screen.setPrefSize(MAX_WIDTH, MAX_HEIGHT);

        Double duration = model.record().durationS();
        scrubber.setId("scrubber");
        scrubber.setMax(duration != null && duration > 0 ? duration : 1);
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        Button play = new Button("Pause");
        play.setId("play-pause");
        HBox controls = new HBox(10, play, scrubber, time);
        controls.getStyleClass().add("detail-controls");
        controls.setPadding(new Insets(8, 0, 0, 0));

        GridPane meta = new GridPane();
        meta.getStyleClass().add("detail-meta");
        meta.setId("detail-meta");
        int row = 0;
        for (Map.Entry<String, String> e : model.rows()) {
            Label k = new Label(e.getKey());
            k.getStyleClass().add("meta-key");
            k.setMinWidth(Region.USE_PREF_SIZE);
            Label v = new Label(e.getValue());
            v.setWrapText(true);
            v.setMaxWidth(300);
            meta.addRow(row++, k, v);
        }
        ScrollPane side = new ScrollPane(meta);
        side.setFitToWidth(true);
        side.setPrefWidth(400);

        Label title = new Label(model.title());
        title.getStyleClass().add("detail-title");
        BorderPane root = new BorderPane(new BorderPane(screen, null, null, controls, null), title, side, null, null);
        BorderPane.setMargin(title, new Insets(0, 0, 10, 0));
        root.setId("detail-view");
        root.getStyleClass().add("detail-view");
        BorderPane.setMargin(side, new Insets(0, 0, 0, 12));
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);

        player = new DetailPlayer(
                model.file(), MAX_WIDTH, MAX_HEIGHT, ui, this::show, why -> problem.setText("Cannot play: " + why));
        play.setOnAction(e -> {
            player.setPaused(!player.isPaused());
            play.setText(player.isPaused() ? "Play" : "Pause");
        });
        scrubber.valueProperty().addListener((o, a, v) -> {
            if (!fromPlayer) {
                player.seek(v.doubleValue());
            }
            time.setText(Format.duration(v.doubleValue()) + " / " + Format.duration(scrubber.getMax()));
        });
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            } else if (e.getCode() == KeyCode.SPACE) {
                play.fire();
                e.consume();
            }
        });
        stage.setOnHidden(e -> player.close());
    }

    /** Shows the window and starts playing (an unreadable file shows its reason instead). */
    public void open() {
        if (record.ok()) {
            player.start();
        } else {
            problem.setText("Unreadable: " + record.error());
        }
        stage.show();
        stage.requestFocus();
    }

    private void show(BgraFrame f) {
        if (image == null || image.getWidth() != f.width() || image.getHeight() != f.height()) {
            image = new WritableImage(f.width(), f.height());
            view.setImage(image);
        }
        Preview.paint(image, f);
        if (!scrubber.isValueChanging()) {
            fromPlayer = true;
            scrubber.setValue(f.timestampS());
            fromPlayer = false;
        }
    }
}
