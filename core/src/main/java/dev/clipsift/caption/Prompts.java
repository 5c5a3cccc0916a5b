package dev.clipsift.caption;

import dev.clipsift.engine.Models;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * The prompt texts, from the settings or from the templates shipped in {@code assets/models/captioning/}
 * ({@code default.txt}, {@code av.txt}, {@code av-surveillance.txt}, {@code enhance.txt}).
 */
final class Prompts {
    /** Where the caption goes in an enhancement prompt. */
    static final String CAPTION = "{caption}";

    private Prompts() {}

    static String caption(CaptionConfig c) {
        return c.promptText() != null ? c.promptText() : shipped(c.promptVariant());
    }

    static String enhance(CaptionConfig.EnhanceConfig e) {
        String p = e.promptText() != null ? e.promptText() : shipped("enhance");
        return p.contains(CAPTION) ? p : p.strip() + "\n\n" + CAPTION;
    }

    /** The enhancement prompt with the caption put in. */
    static String enhancing(String template, String caption) {
        return template.replace(CAPTION, caption);
    }

    private static String shipped(String name) {
        try {
            return Files.readString(Models.shipped("captioning/" + name + ".txt"), StandardCharsets.UTF_8)
                    .strip();
        } catch (IOException e) {
            throw new UncheckedIOException("captioning: the " + name + " prompt template is missing", e);
        }
    }
}
