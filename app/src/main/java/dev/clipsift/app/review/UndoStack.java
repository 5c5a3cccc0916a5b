package dev.clipsift.app.review;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The reviewer's undo and redo: each step knows how to do and undo itself through the review (each of which is
 * one more journal entry: the journal never forgets, it only adds). A new step clears what could be redone.
 */
final class UndoStack {
    /** One reversible review action. */
    interface Step {
        void undo() throws IOException;

        void redo() throws IOException;
    }

    private final Deque<Step> done = new ArrayDeque<>();
    private final Deque<Step> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();

    /** Notes a step just done. */
    void push(Step s) {
        done.push(s);
        undone.clear();
        update();
    }

    /** Undoes the last step; false when there is none. */
    boolean undo() throws IOException {
        if (done.isEmpty()) {
            return false;
        }
        Step s = done.pop();
        s.undo();
        undone.push(s);
        update();
        return true;
    }

    /** Does again the last step undone; false when there is none. */
    boolean redo() throws IOException {
        if (undone.isEmpty()) {
            return false;
        }
        Step s = undone.pop();
        s.redo();
        done.push(s);
        update();
        return true;
    }

    void clear() {
        done.clear();
        undone.clear();
        update();
    }

    ReadOnlyBooleanProperty canUndo() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedo() {
        return canRedo.getReadOnlyProperty();
    }

    private void update() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
    }
}
