package dev.clipsift.run;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.clipsift.split.ClipSpans;
import dev.clipsift.split.SplitConfig;
import dev.clipsift.transcode.TranscodeConfig;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A run's settings, the {@code config} of {@code config.json}. {@code input} is a folder or file,
 * {@code s3://bucket/prefix}, {@code hf://...} or {@code urls:FILE}; {@code limit} is how many input videos (in
 * listing order) to process and {@code limitClips} how many clips per video (0 = all, as cosmos-curate's
 * {@code --limit} / {@code --limit-clips}); {@code splitting}, {@code clips} and {@code transcode} the built-in
 * stages' sections (missing ones take defaults: content splitting, cosmos-curate's clip spans (no end crop for
 * fixed-stride), libopenh264 at 4 Mbit/s); {@code license} and {@code provenance} (either may be null) are copied
 * into every record and the summary; {@code requireLicense} (null: none) is the pattern a video's licence must match
 * ({@code LicenseRule}), else the video is skipped with the reason. {@code families} holds the section of each registered stage family (a
 * validated config record per section name). Read from JSON strictly by {@link RunConfigReader}.
 */
public record RunConfig(
        String input,
        Integer limit,
        Integer limitClips,
        SplitConfig splitting,
        ClipSpans clips,
        TranscodeConfig transcode,
        String license,
        String provenance,
        String requireLicense,
        Map<String, Object> families) {
    public RunConfig {
        limit = limit == null ? 0 : limit;
        limitClips = limitClips == null ? 0 : limitClips;
        splitting = splitting == null ? new SplitConfig(null, null) : splitting;
        clips = clips == null ? defaultSpans(splitting.algorithm()) : clips;
        transcode = transcode == null ? TranscodeConfig.defaults() : transcode;
        families = Collections.unmodifiableMap(new TreeMap<>(families == null ? Map.of() : families));
        if (limit < 0 || limitClips < 0) {
            throw new IllegalArgumentException("limits are 0 (all) or more");
        }
    }

    /** Settings without a licence requirement. */
    public RunConfig(
            String input,
            Integer limit,
            Integer limitClips,
            SplitConfig splitting,
            ClipSpans clips,
            TranscodeConfig transcode,
            String license,
            String provenance,
            Map<String, Object> families) {
        this(input, limit, limitClips, splitting, clips, transcode, license, provenance, null, families);
    }

    /** Settings without licence, provenance or family sections. */
    public RunConfig(
            String input,
            Integer limit,
            Integer limitClips,
            SplitConfig splitting,
            ClipSpans clips,
            TranscodeConfig transcode) {
        this(input, limit, limitClips, splitting, clips, transcode, null, null, null);
    }

    /** cosmos-curate's spans; fixed-stride pieces are kept whole (its fixed-stride stage crops nothing). */
    public static ClipSpans defaultSpans(String algorithm) {
        ClipSpans d = ClipSpans.COSMOS_DEFAULTS;
        return "fixed-stride".equals(algorithm)
                ? new ClipSpans(d.minS(), d.minFrames(), d.maxS(), d.longShots(), 0.0)
                : d;
    }

    public RunConfig withFamily(String section, Object config) {
        Map<String, Object> m = new TreeMap<>(families);
        m.put(section, config);
        return new RunConfig(
                input, limit, limitClips, splitting, clips, transcode, license, provenance, requireLicense, m);
    }

    /**
     * Whether {@code other} makes the same clips: same input, limits, splitting and spans. Only then can a run
     * folder continue with it; the other sections (transcode, families) may change, and then only their stages
     * are redone.
     */
    public boolean sameClips(RunConfig other) {
        return input.equals(other.input)
                && limit.equals(other.limit)
                && limitClips.equals(other.limitClips)
                && splitting.equals(other.splitting)
                && clips.equals(other.clips);
    }

    /** The JSON form: the built-in keys, then one key per family section. */
    @JsonValue
    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", input);
        m.put("limit", limit);
        m.put("limit_clips", limitClips);
        m.put("splitting", splitting);
        m.put("clips", clips);
        m.put("transcode", transcode);
        if (license != null) {
            m.put("license", license);
        }
        if (provenance != null) {
            m.put("provenance", provenance);
        }
        if (requireLicense != null) {
            m.put("require_license", requireLicense);
        }
        m.putAll(families);
        return m;
    }
}
