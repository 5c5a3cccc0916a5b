package dev.clipsift.pipeline;

/** Error messages as records keep them: one line, printable, cut at the first control character. */
public final class OneLine {
    /**
     * The hints JavaCV appends to FFmpeg errors for developers ("(Has setFormat() been called?)", "(For more
     * details, make sure FFmpegLogCallback.set() has been called.)"): never shown to users.
     */
    private static final java.util.regex.Pattern FFMPEG_HINT = java.util.regex.Pattern.compile(
            "\\s*\\((?:Has \\w+\\(\\) been called\\?|For more details, make sure FFmpegLogCallback\\.set\\(\\) has been called\\.)\\)");

    private OneLine() {}

    public static String of(String message) {
        if (message == null || message.isBlank()) {
            return "unknown error";
        }
        message = FFMPEG_HINT.matcher(message).replaceAll("");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                sb.append(' ');
            } else if (Character.isISOControl(c)) {
                break;
            } else {
                sb.append(c);
            }
        }
        return sb.toString().replaceAll(" +", " ").trim();
    }

    public static String of(Throwable e) {
        return of(e.getMessage() != null ? e.getMessage() : e.toString());
    }
}
