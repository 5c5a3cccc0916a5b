package dev.clipsift.sample;

import dev.clipsift.io.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A saved sample: which files were drawn from which source with which seed, and optionally the licence
 * and provenance of the source's videos. The app and later commands reopen it as-is, so a sample is never
 * silently redrawn.
 */
public record SampleFile(
        String source,
        long seed,
        int nsamples,
        long totalListed,
        String tool,
        List<String> files,
        String license,
        String provenance) {

    /** A sample with no licence or provenance note. */
    public SampleFile(String source, long seed, int nsamples, long totalListed, String tool, List<String> files) {
        this(source, seed, nsamples, totalListed, tool, files, null, null);
    }

    /** The same sample, noting the licence of the source's videos and where they come from (either may be null). */
    public SampleFile withProvenance(String license, String provenance) {
        return new SampleFile(source, seed, nsamples, totalListed, tool, files, license, provenance);
    }

    public void save(Path out) throws IOException {
        Json.writeAtomically(out, this);
    }

    public static SampleFile load(Path in) throws IOException {
        SampleFile s = Json.read(in, SampleFile.class);
        if (s.files() == null) {
            throw new IOException(in + " is not a ClipSift sample file (no \"files\" list)");
        }
        return s;
    }
}
