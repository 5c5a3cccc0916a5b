package dev.clipsift.review;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.caption.CaptionConfig;
import dev.clipsift.io.Json;
import dev.clipsift.model.Captions;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.pipeline.RunHandle;
import dev.clipsift.pipeline.RunListener;
import dev.clipsift.run.CurationRun;
import dev.clipsift.run.RunConfig;
import dev.clipsift.run.RunSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * "Re-caption selected": the saved run continued with its captioning section switched on as a new version
 * ({@link Captions#next}) for just the chosen clips ({@code only}), with a prompt of the reviewer's if given, as
 * {@code clipsift caption RUN --only ...} does: nothing is split or encoded again, earlier versions stay, and the
 * new version becomes the caption the review shows.
 */
public final class Recaption {
    private Recaption() {}

    /** The version a re-caption of {@code clips} will make. */
    public static String version(List<ClipRecord> clips) {
        return Captions.next(clips);
    }

    /**
     * Starts re-captioning {@code ids} of the run in {@code root} as {@code version}, with {@code prompt} (null:
     * the saved one).
     */
    public static RunHandle<RunSummary> start(
            Path root,
            List<String> ids,
            String version,
            @Nullable String prompt,
            int threads,
            RunListener listener,
            Consumer<String> warnings) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("choose the clips to caption again");
        }
        CurationRun run = new CurationRun(root, threads, listener, warnings);
        return run.submitChanged(saved -> changed(saved, ids, version, prompt));
    }

    static RunConfig changed(RunConfig saved, List<String> ids, String version, @Nullable String prompt) {
        Object section = saved.families().get("captioning");
        ObjectNode c = section == null
                ? Json.mapper().valueToTree(CaptionConfig.defaults())
                : Json.mapper().valueToTree(section);
        c.put("enabled", true);
        c.put("version", version);
        c.remove("where");
        ids.forEach(c.putArray("only")::add);
        if (prompt != null && !prompt.isBlank()) {
            c.put("prompt_text", prompt);
        }
        try {
            return saved.withFamily("captioning", Json.mapper().treeToValue(c, CaptionConfig.class));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("captioning: " + e.getMessage(), e);
        }
    }
}
