package dev.clipsift.app.review;

import dev.clipsift.app.AppServices;
import dev.clipsift.app.ClipSiftApp;
import dev.clipsift.app.sample.PreviewImages;
import dev.clipsift.app.sample.PreviewLoader;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens a run's review in a window of its own, with previews decoded through the workbench's services. */
public final class ReviewWindow {
    /** Decoded previews kept in memory: three pages. */
    static final int PREVIEWS_IN_MEMORY = 3 * ReviewViewModel.PAGE_SIZE;

    private ReviewWindow() {}

    /** The review screen's model over the services' pools and caches. */
    public static ReviewViewModel model(AppServices services) {
        PreviewLoader loader = new PreviewLoader(
                services.previews(), new PreviewImages(PREVIEWS_IN_MEMORY), services.previewPool(), services.ui());
        return new ReviewViewModel(services.background(), services.ui(), loader, services.probes());
    }

    /** Shows the review of the run in {@code run} in {@code stage} (owned by {@code owner} when not null). */
    public static ReviewView show(Stage stage, Window owner, AppServices services, Path run) {
        ReviewViewModel model = model(services);
        ReviewView view = new ReviewView(model);
        Scene scene = new Scene(view, 1560, 960);
        scene.getStylesheets().add(ClipSiftApp.CSS);
        if (owner != null && stage.getOwner() == null) {
            stage.initOwner(owner);
        }
        stage.setScene(scene);
        stage.setTitle("Review \u2014 " + run);
        stage.show();
        model.open(run);
        view.requestFocus();
        return view;
    }
}
