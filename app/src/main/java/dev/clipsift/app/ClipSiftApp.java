package dev.clipsift.app;

import dev.clipsift.Version;
import dev.clipsift.app.help.LogFiles;
import dev.clipsift.app.review.ReviewWindow;
import dev.clipsift.app.settings.Secrets;
import dev.clipsift.app.settings.SettingsStore;
import dev.clipsift.caption.ApiKeys;
import dev.clipsift.sample.Sampler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: one window with the workbench, with the user's settings ({@link SettingsStore#ofUser()})
 * and the caches in the folder they name.
 */
public final class ClipSiftApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(ClipSiftApp.class);

    /** The workbench's style sheet, shared by every window. */
    public static final String CSS = Objects.requireNonNull(ClipSiftApp.class.getResource("clipsift.css"))
            .toExternalForm();

    private AppServices services;

    @Override
    public void start(Stage stage) throws IOException {
        AppArguments args = AppArguments.parse(getParameters().getRaw());
        SettingsStore settings = SettingsStore.ofUser();
        Path cacheDir = settings.get().effectiveCacheDir();
        LOG.info(
                "ClipSift {} workbench starting: settings {}, cache {}, logs {}",
                Version.get(),
                settings.file(),
                cacheDir,
                LogFiles.dir());
        services = AppServices.open(cacheDir, settings, Secrets.ofUser(), Platform::runLater);
        ApiKeys.holdFrom(services.secrets()::forVariable);
        Workbench workbench = new Workbench(services, Sampler::freshSeed);
        Scene scene = new Scene(workbench.view(), 1480, 940);
        scene.getStylesheets().add(CSS);
        stage.setScene(scene);
        stage.setTitle("ClipSift workbench");
        stage.setMinWidth(1000);
        stage.setMinHeight(700);
        stage.show();
        if (args.open() != null) {
            workbench.model().open(args.open());
            workbench.view().getCenter().requestFocus();
        }
        if (args.sample() != null) {
            workbench.model().sample().openSampleFile(args.sample());
        }
        if (args.tab() != null) {
            workbench.view().selectTab(args.tab());
        }
        if (args.review() != null) {
            ReviewWindow.show(new Stage(), stage, services, args.review());
        }
    }

    @Override
    public void stop() throws IOException {
        if (services != null) {
            services.close();
        }
    }
}
