package dev.clipsift.app.launch;

import dev.clipsift.app.Workbench;
import dev.clipsift.app.WorkbenchWindow;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;

/** How the UI tests drive the run launcher: open it on a folder, fill its generated fields, wait for its job. */
public final class LauncherRobot {
    /** A run on two busy cores may take minutes. */
    static final int SECONDS = 240;

    private LauncherRobot() {}

    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WorkbenchWindow.waitUntil(SECONDS, condition);
    }

    /** Opens {@code folder} in the workbench and its launcher with "New run…". */
    public static void open(FxRobot robot, Workbench workbench, Path folder) throws TimeoutException {
        robot.interact(() -> workbench.model().open(folder));
        robot.clickOn("#new-run");
        waitUntil(() -> robot.lookup("#launch-window").tryQuery().isPresent());
    }

    /** Sets the field of {@code option} (its name without dashes) as a person would: text, choice or tick. */
    public static void set(FxRobot robot, String option, String value) {
        Node n = robot.lookup("#field-" + option).query();
        robot.interact(() -> {
            if (n instanceof TextField t) {
                t.setText(value);
            } else if (n instanceof ChoiceBox<?> c) {
                @SuppressWarnings("unchecked")
                ChoiceBox<String> s = (ChoiceBox<String>) c;
                s.setValue(value);
            } else {
                ((CheckBox) n).setSelected(Boolean.parseBoolean(value));
            }
        });
    }

    public static Label status(FxRobot robot) {
        return robot.lookup("#launch-status").queryAs(Label.class);
    }

    /** Waits until the launcher says how its job ended (every status of a job under way ends with an ellipsis). */
    public static String ended(FxRobot robot) throws TimeoutException {
        Label status = status(robot);
        waitUntil(() -> !status.getText().endsWith("\u2026"));
        return status.getText();
    }
}
