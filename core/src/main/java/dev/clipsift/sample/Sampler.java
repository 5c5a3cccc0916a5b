package dev.clipsift.sample;

import dev.clipsift.Version;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Draws a seeded sample of a listing and describes it as a {@link SampleFile}. */
public final class Sampler {
    private Sampler() {}

    public static SampleFile draw(String source, Stream<Path> listing, int nsamples, long seed) {
        return drawFrom(source, listing.map(Path::toString), nsamples, seed);
    }

    /** Draws from a listing of shown paths ({@code /data/a.mp4}, {@code s3://bucket/key}, URLs). */
    public static SampleFile drawFrom(String source, Stream<String> listing, int nsamples, long seed) {
        Reservoir.Result<String> r = Reservoir.sample(listing.iterator(), nsamples, seed);
        return new SampleFile(source, seed, nsamples, r.seen(), "clipsift " + Version.get(), r.items());
    }

    /** A new seed for "resample": non-negative and short enough to read aloud. */
    public static long freshSeed() {
        return new java.security.SecureRandom().nextInt(1_000_000);
    }
}
