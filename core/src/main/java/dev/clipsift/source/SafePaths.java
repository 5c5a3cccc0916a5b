package dev.clipsift.source;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps remote names (S3 keys, URL paths) to paths under a local folder so that no name can ever point
 * outside it: {@code ..} and {@code .} segments are renamed, absolute paths become relative, control
 * characters, backslashes, colons and the like become {@code _}, and overlong segments are shortened.
 * The result is checked against the folder once more before use.
 */
public final class SafePaths {
    private static final int MAX_SEGMENT_BYTES = 200;

    private SafePaths() {}

    /** A safe relative path (segments joined by '/') for a remote name; never empty. */
    public static String relative(String name) {
        List<String> out = new ArrayList<>();
        for (String seg : name.split("[/\\\\]+")) {
            if (seg.isEmpty()) {
                continue;
            }
            out.add(segment(seg));
        }
        return out.isEmpty() ? "_" : String.join("/", out);
    }

    private static String segment(String seg) {
        if (seg.equals(".") || seg.equals("..")) {
            return "_" + seg;
        }
        StringBuilder sb = new StringBuilder(seg.length());
        seg.codePoints().forEach(cp -> sb.appendCodePoint(isSafe(cp) ? cp : '_'));
        String s = sb.toString();
        while (s.getBytes(StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES) {
            int keepTail = Math.min(16, s.length() / 2);
            s = s.substring(0, s.length() - keepTail - 1) + s.substring(s.length() - keepTail);
        }
        return s;
    }

    private static boolean isSafe(int cp) {
        if (cp < 0x20 || cp == 0x7f || Character.getType(cp) == Character.FORMAT) {
            return false;
        }
        return switch (cp) {
            case ':', '*', '?', '"', '<', '>', '|', '\\', '/' -> false;
            default -> Character.isDefined(cp)
                    && !Character.isISOControl(cp)
                    && !Character.isSurrogate((char) Math.min(cp, 0xffff));
        };
    }

    /** {@code root}/{@code relative(name)}, verified to lie inside {@code root}. */
    public static Path resolve(Path root, String name) {
        Path base = root.toAbsolutePath().normalize();
        Path p = base.resolve(relative(name)).normalize();
        if (!p.startsWith(base) || p.equals(base)) {
            throw new SourceException("refusing to write outside " + base + ": " + name);
        }
        return p;
    }
}
