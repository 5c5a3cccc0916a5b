package dev.clipsift.app.review;

import dev.clipsift.review.ReviewRun;
import dev.clipsift.review.ReviewState;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The reviewer's changes as undoable steps: keep / reject of clips (undo gives each its earlier override back, or
 * the engine's verdict), tags added or removed, a caption window's text. Each goes through {@link ReviewRun},
 * so it is journaled before anything else changes.
 */
final class ReviewEdits {
    private final UndoStack undo = new UndoStack();

    UndoStack stack() {
        return undo;
    }

    /** Keeps or rejects {@code rows} of {@code run}. */
    void decide(ReviewRun run, int[] rows, boolean keep, String reason) throws IOException {
        List<ReviewState.Override> before = Arrays.stream(rows)
                .mapToObj(r -> run.state().override(run.index().id(r)))
                .toList();
        UndoStack.Step step = new UndoStack.Step() {
            @Override
            public void undo() throws IOException {
                for (int i = 0; i < rows.length; i++) {
                    ReviewState.Override o = before.get(i);
                    if (o == null) {
                        run.reset(new int[] {rows[i]});
                    } else {
                        run.decide(new int[] {rows[i]}, o.keep(), o.reason());
                    }
                }
            }

            @Override
            public void redo() throws IOException {
                run.decide(rows, keep, reason);
            }
        };
        step.redo();
        undo.push(step);
    }

    /** Adds ({@code add}) or removes {@code tag} on {@code rows}. */
    void tag(ReviewRun run, int[] rows, String tag, boolean add) throws IOException {
        int[] changing = Arrays.stream(rows)
                .filter(r -> run.state().tags(run.index().id(r)).contains(tag) != add)
                .toArray();
        UndoStack.Step step = new UndoStack.Step() {
            @Override
            public void undo() throws IOException {
                run.tag(changing, tag, !add);
            }

            @Override
            public void redo() throws IOException {
                run.tag(changing, tag, add);
            }
        };
        step.redo();
        undo.push(step);
    }

    /** Sets window {@code window} of clip {@code row}'s caption to {@code text}; false when it was that already. */
    boolean caption(ReviewRun run, int row, int window, String text) throws IOException {
        List<String> now = run.windows(row);
        String before = window < now.size() ? now.get(window) : "";
        if (before.equals(text)) {
            return false;
        }
        UndoStack.Step step = new UndoStack.Step() {
            @Override
            public void undo() throws IOException {
                run.editCaption(row, window, before);
            }

            @Override
            public void redo() throws IOException {
                run.editCaption(row, window, text);
            }
        };
        step.redo();
        undo.push(step);
        return true;
    }
}
