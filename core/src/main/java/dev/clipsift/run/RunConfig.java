package dev.clipsift.run;

import dev.clipsift.split.ClipSpans;
import dev.clipsift.split.SplitConfig;
import dev.clipsift.transcode.TranscodeConfig;

/**
 * A run's settings as saved in {@code config.json} and read back by {@code clipsift resume}. {@code limit}
 * is how many input videos (in listing order) to process, {@code limitClips} how many clips per video
 * (0 = all, as cosmos-curate's {@code --limit} / {@code --limit-clips}). Missing fields take defaults:
 * content splitting, cosmos-curate's clip spans (no end crop for fixed-stride), libopenh264 at 4 Mbit/s.
 * {@code input} is a folder or file, {@code s3://bucket/prefix} or {@code urls:FILE}. {@code license} and
 * {@code provenance} (either may be null) are copied into every video and clip record and the summary.
 */
public record RunConfig(String input, Integer limit, Integer limitClips, SplitConfig splitting, ClipSpans clips,
        TranscodeConfig transcode, String license, String provenance) {
    public RunConfig {
        limit = limit == null ? 0 : limit;
        limitClips = limitClips == null ? 0 : limitClips;
        splitting = splitting == null ? new SplitConfig(null, null) : splitting;
        clips = clips == null ? defaultSpans(splitting.algorithm()) : clips;
        transcode = transcode == null ? TranscodeConfig.defaults() : transcode;
        if (limit < 0 || limitClips < 0) {
            throw new IllegalArgumentException("limits are 0 (all) or more");
        }
    }

    /** Settings without licence or provenance. */
    public RunConfig(String input, Integer limit, Integer limitClips, SplitConfig splitting, ClipSpans clips,
            TranscodeConfig transcode) {
        this(input, limit, limitClips, splitting, clips, transcode, null, null);
    }

    /** cosmos-curate's spans; fixed-stride pieces are kept whole (its fixed-stride stage crops nothing). */
    public static ClipSpans defaultSpans(String algorithm) {
        ClipSpans d = ClipSpans.COSMOS_DEFAULTS;
        return "fixed-stride".equals(algorithm) ? new ClipSpans(d.minS(), d.minFrames(), d.maxS(), d.longShots(), 0.0) : d;
    }

    public RunConfig withInput(String in) {
        return new RunConfig(in, limit, limitClips, splitting, clips, transcode, license, provenance);
    }
}
