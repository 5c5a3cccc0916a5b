package dev.clipsift.probe;

import java.util.regex.Pattern;

/**
 * A failure's message as a person reads it: one line, without the hints JavaCV appends for developers
 * ("(Has setFormat() been called?)", "(For more details, make sure FFmpegLogCallback.set() has been called.)").
 */
final class FailureText {
    private static final Pattern JAVACV_HINT = Pattern.compile(
            "\\s*\\((?:Has \\w+\\(\\) been called\\?|For more details, make sure FFmpegLogCallback\\.set\\(\\) has been called\\.)\\)");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private FailureText() {}

    static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "unknown error";
        }
        String text = JAVACV_HINT.matcher(message).replaceAll("");
        return SPACE.matcher(text).replaceAll(" ").trim();
    }
}
