package dev.clipsift.sample;

import dev.clipsift.Version;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Draws a seeded sample of a listing and describes it as a {@link SampleFile}. */
public final class Sampler {
    private Sampler() {}

    public static SampleFile draw(String source, Stream<Path> listing, int nsamples, long seed) {
        Reservoir.Result<Path> r = Reservoir.sample(listing.iterator(), nsamples, seed);
        List<String> files = r.items().stream().map(Path::toString).toList();
        return new SampleFile(source, seed, nsamples, r.seen(),
                "clipsift " + Version.get(), files);
    }

    /** A new seed for "resample": non-negative and short enough to read aloud. */
    public static long freshSeed() {
        return new java.security.SecureRandom().nextInt(1_000_000);
    }
}
