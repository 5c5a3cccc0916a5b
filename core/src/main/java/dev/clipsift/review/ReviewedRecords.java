package dev.clipsift.review;

import dev.clipsift.engine.RunRecords;
import dev.clipsift.model.Caption;
import dev.clipsift.model.Captions;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.Status;
import dev.clipsift.run.ReadOnlyRunRecords;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A run folder as the shard pass sees it after a review: each clip record with the reviewers' verdict as its
 * status ({@code ok}, or {@code filtered} with {@code review: <reason>}) and the reviewed caption as its newest
 * version ({@link CaptionHistory#reviewed}). The run's own records are left as they are: writes are dropped, and
 * the pass's files go under the export folder.
 */
final class ReviewedRecords {
    private ReviewedRecords() {}

    /** The run at {@code root} as {@code state} leaves it, the pass's files under {@code export}. */
    static RunRecords of(Path root, ReviewState state, Path export) {
        return new ReadOnlyRunRecords(root, clip -> reviewed(clip, state), export);
    }

    /** {@code clip} as the review leaves it. */
    static ClipRecord reviewed(ClipRecord clip, ReviewState state) {
        ClipRecord out = clip;
        ReviewState.Override o = state.override(clip.id());
        if (o != null) {
            String why = o.reason() == null || o.reason().isBlank() ? "rejected by " + o.author() : o.reason();
            out = out.withStatus(o.keep() ? Status.OK : Status.filtered(List.of("review: " + why)));
        }
        Caption caption = CaptionHistory.reviewed(clip.captions(), state.edits(clip.id()));
        if (caption != null) {
            out = out.withCaptions(with(clip.captions(), caption));
        }
        return out;
    }

    private static Captions with(@Nullable Captions captions, Caption reviewed) {
        List<Caption> engine = captions == null
                ? List.of()
                : captions.versions().stream()
                        .filter(c -> !c.version().equals(CaptionHistory.REVIEWED))
                        .toList();
        return new Captions(engine).with(reviewed);
    }
}
