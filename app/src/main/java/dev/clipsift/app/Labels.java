package dev.clipsift.app;

import javafx.scene.control.Label;

/** Labels styled by a CSS class of clipsift.css (headings, notes). */
public final class Labels {
    private Labels() {}

    /** A one-line label with {@code styleClass}. */
    public static Label styled(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        return l;
    }

    /** A label with {@code styleClass} that wraps its text. */
    public static Label wrapped(String text, String styleClass) {
        Label l = styled(text, styleClass);
        l.setWrapText(true);
        return l;
    }
}
