package dev.clipsift.app.review;

import dev.clipsift.review.ReviewQuery;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The review screen's keys (listed in {@link HelpOverlay}). The letter keys and Space act only while no text
 * field has the focus (there they type); undo and redo with Ctrl held work everywhere but in a text field, whose
 * own undo they are then.
 */
final class ReviewKeys {
    private final ReviewView view;
    private boolean swallowTyped;

    ReviewKeys(ReviewView view) {
        this.view = view;
    }

    /** Drops the character of a key this handled: E moves the focus to a text area, which must not get the e. */
    void onTyped(KeyEvent e) {
        if (swallowTyped) {
            swallowTyped = false;
            e.consume();
        }
    }

    void onKey(KeyEvent e) {
        swallowTyped = false;
        ReviewViewModel m = view.model();
        boolean question = "?".equals(e.getText()) || (e.getCode() == KeyCode.SLASH && e.isShiftDown());
        if (view.helpShown() && (e.getCode() == KeyCode.ESCAPE || question)) {
            view.toggleHelp();
            e.consume();
            return;
        }
        if (view.typing()) {
            if (e.getCode() == KeyCode.ESCAPE) {
                view.requestFocus();
                e.consume();
            }
            return;
        }
        if (e.getCode() == KeyCode.E && e.isShortcutDown()) {
            m.tasks().export(null);
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.Z && e.isShortcutDown()) {
            if (e.isShiftDown()) {
                m.redo();
            } else {
                m.undo();
            }
            e.consume();
            return;
        }
        if (question) {
            view.toggleHelp();
            e.consume();
            return;
        }
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        boolean handled = true;
        switch (e.getCode()) {
            case K -> m.keep();
            case R -> m.reject(view.reasonField().getText());
            case RIGHT, L -> m.step(1);
            case LEFT, J -> m.step(-1);
            case DOWN -> m.step(ReviewViewModel.COLUMNS);
            case UP -> m.step(-ReviewViewModel.COLUMNS);
            case PAGE_DOWN -> m.page(m.page().get() + 1);
            case PAGE_UP -> m.page(m.page().get() - 1);
            case SPACE -> view.togglePlaying();
            case X -> toggleSelected(m);
            case E -> view.editor().focusText();
            case O -> view.editor().toggleOverlays();
            case T -> m.tag(view.tagField().getText(), true);
            case U -> m.tag(view.tagField().getText(), false);
            case V -> m.view(next(m.query().get().view()));
            case A -> m.reviewSet(null);
            case C -> view.editor().recaption();
            case SLASH -> view.focusSearch();
            case S -> m.tasks().similarToCurrent();
            case M -> view.showTab(true);
            case G -> view.showTab(false);
            default -> handled = false;
        }
        if (handled) {
            e.consume();
            swallowTyped = true;
        }
    }

    /** The view after {@code v}: all, kept, rejected, duplicate, then all again. */
    private static ReviewQuery.View next(ReviewQuery.View v) {
        ReviewQuery.View[] all = ReviewQuery.View.values();
        return all[(v.ordinal() + 1) % all.length];
    }

    private static void toggleSelected(ReviewViewModel m) {
        int row = m.current().get();
        if (row >= 0 && !m.selected().remove(row)) {
            m.selected().add(row);
        }
    }
}
