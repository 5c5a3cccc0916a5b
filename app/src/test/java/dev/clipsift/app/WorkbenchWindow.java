package dev.clipsift.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** The real workbench window the UI tests drive, and how they wait for it. */
public final class WorkbenchWindow {
    private WorkbenchWindow() {}

    /** The services over a cache folder and the workbench shown on them; closing closes the services. */
    public record Opened(AppServices services, Workbench workbench) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            services.close();
        }
    }

    /** Opens the services over {@code cache} with the FX thread as their UI executor and shows the workbench. */
    public static Opened open(Stage stage, Path cache) throws IOException {
        return open(stage, cache, () -> 5);
    }

    /** As {@link #open(Stage, Path)}, the sample browser drawing its seeds from {@code seeds}. */
    public static Opened open(Stage stage, Path cache, LongSupplier seeds) throws IOException {
        AppServices services = AppServices.open(cache, Platform::runLater);
        return new Opened(services, show(stage, services, seeds));
    }

    /** Shows the workbench in {@code stage}, styled as the app shows it. */
    public static Workbench show(Stage stage, AppServices services, LongSupplier seeds) {
        Workbench workbench = new Workbench(services, seeds);
        Scene scene = new Scene(workbench.view(), 1420, 920);
        scene.getStylesheets().add(ClipSiftApp.CSS);
        stage.setScene(scene);
        stage.show();
        return workbench;
    }

    /** Waits up to {@code seconds} for {@code condition}, evaluated on the FX thread. */
    public static void waitUntil(int seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition)
                .get());
    }

    /**
     * Asserts that {@code value}, read on the FX thread, becomes {@code expected} within {@code seconds}: a
     * cell appears only once a pulse has laid the table out, a label changes once a background job reports.
     * After the time is up it fails with the value shown then.
     */
    public static <T> void assertBecomes(int seconds, String what, Callable<T> value, T expected) throws Exception {
        try {
            waitUntil(seconds, () -> Objects.equals(value.call(), expected));
        } catch (TimeoutException e) {
            // the assertion below says what was shown instead
        }
        assertThat(WaitForAsyncUtils.asyncFx(value).get()).as(what).isEqualTo(expected);
    }
}
