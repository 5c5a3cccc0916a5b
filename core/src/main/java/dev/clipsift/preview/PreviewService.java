package dev.clipsift.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Gives the preview of a video: from the {@link PreviewCache} when this version of the file was seen before,
 * otherwise decoded from the source and stored. Thread-safe; callers run it off the UI thread.
 */
public final class PreviewService {
    private final PreviewCache cache;
    private final PreviewSpec spec;
    private final PreviewDecoder decoder;

    public PreviewService(PreviewCache cache, PreviewSpec spec) {
        this.cache = cache;
        this.spec = spec;
        this.decoder = new PreviewDecoder(spec);
    }

    public PreviewSpec spec() {
        return spec;
    }

    /**
     * The preview of {@code file}. Throws {@link IOException} with a one-line reason when the file cannot be
     * decoded, and {@link CancellationException} when {@code cancelled} turns true first.
     */
    public PreviewFrames get(Path file, BooleanSupplier cancelled) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        Path cached =
                cache.fileFor(file.toString(), a.size(), a.lastModifiedTime().toMillis(), spec);
        PreviewFrames hit = cache.read(cached, spec);
        if (hit != null) {
            return hit;
        }
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("preview of " + file + " cancelled");
        }
        PreviewFrames made = decoder.decode(file, cancelled);
        cache.write(cached, made);
        return made;
    }
}
