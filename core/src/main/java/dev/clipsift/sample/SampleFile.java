package dev.clipsift.sample;

import dev.clipsift.io.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A saved sample: which files were drawn from which source with which seed. The app and later commands
 * reopen it as-is, so a sample is never silently redrawn.
 */
public record SampleFile(
        String source,
        long seed,
        int nsamples,
        long totalListed,
        String tool,
        List<String> files) {

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
