package dev.clipsift.source;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * {@code --require-license PATTERN}: which licences a run accepts. PATTERN is a regular expression, case-insensitive,
 * found anywhere in the video's licence as given or in its short form, in which spelled-out Creative Commons names
 * are abbreviated and {@code -}, {@code _} and spaces are one space (as they are in the pattern, for this form): {@code CC BY} accepts "CC BY 4.0",
 * "CC-BY-4.0" and YouTube's "Creative Commons Attribution license (reuse allowed)" (and, being a search, "CC BY-SA 4.0"
 * too: anchor it, {@code ^CC BY( [0-9.]+)?$}, to take plain attribution only). A video with no licence is refused.
 */
public record LicenseRule(String pattern) {
    public LicenseRule {
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("--require-license is not a regular expression: " + e.getDescription());
        }
    }

    /** Why a video with {@code license} is refused, or null when the rule accepts it. */
    public @Nullable String refusal(@Nullable String license) {
        if (license == null || license.isBlank()) {
            return "no licence given for the video (the run requires one matching '" + pattern + "')";
        }
        String shortForm = shortForm(license);
        if (compile(pattern).matcher(license).find()
                || compile(pattern).matcher(shortForm).find()) {
            return null;
        }
        // the pattern's own separators as the short form has them ("CC BY-SA" finds "cc by sa 4.0")
        String spaced = pattern.replaceAll("[-_]", " ");
        try {
            if (compile(spaced).matcher(shortForm).find()) {
                return null;
            }
        } catch (PatternSyntaxException notARegexAnyMore) {
            // a hyphen in a character range: only the pattern as written counts
        }
        return "licence '" + license + "' does not match the required '" + pattern + "'";
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** {@code Creative Commons Attribution-ShareAlike 4.0} -> {@code cc by sa 4.0}. */
    static String shortForm(String license) {
        String s = license.toLowerCase(Locale.ROOT)
                .replace("creative commons", "cc")
                .replace("attribution", "by")
                .replaceAll("share[-_ ]?alike", "sa")
                .replaceAll("non[-_ ]?commercial", "nc")
                .replaceAll("no[-_ ]?deriv(ative)?s", "nd");
        return s.replaceAll("[-_\\s]+", " ").strip();
    }
}
