package dev.clipsift.run;

/** Error messages as records keep them: one line, printable, cut at the first control character. */
final class Messages {
    private Messages() {}

    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "unknown error";
        }
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

    static String oneLine(Exception e) {
        return oneLine(e.getMessage() != null ? e.getMessage() : e.toString());
    }
}
