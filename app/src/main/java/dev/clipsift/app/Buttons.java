package dev.clipsift.app;

import javafx.scene.control.Button;

/** Buttons of the workbench's grids (sample browser, review). */
public final class Buttons {
    private Buttons() {}

    /**
     * A button with {@code id} that runs {@code action} and never takes the focus, so the grid's keys (pages,
     * keep/reject) keep working after a click.
     */
    public static Button unfocused(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
