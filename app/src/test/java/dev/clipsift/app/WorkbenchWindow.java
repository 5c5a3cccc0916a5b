package dev.clipsift.app;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** The real workbench window the UI tests drive, and how they wait for it. */
public final class WorkbenchWindow {
    private WorkbenchWindow() {}

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
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
