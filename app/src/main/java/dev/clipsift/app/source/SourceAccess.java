package dev.clipsift.app.source;

import dev.clipsift.probe.ProbeCache;
import dev.clipsift.probe.ProbeService;
import dev.clipsift.source.Backoff;
import dev.clipsift.source.ReadMode;
import dev.clipsift.source.S3Settings;
import dev.clipsift.source.Source;
import dev.clipsift.source.SourceProber;
import dev.clipsift.source.Sources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens what the path field holds (a folder, {@code s3://…}, {@code hf://…}, {@code urls:FILE}, an http(s)
 * URL) with the S3 options set now. Changing the options applies to the next source opened.
 */
public final class SourceAccess implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SourceAccess.class);

    private final ProbeService probes;
    private final ProbeCache probeCache;
    private final Path downloadDir;
    private final List<Sources> opened = new ArrayList<>();
    private S3Settings settings = S3Settings.defaults();
    private Sources sources;

    public SourceAccess(ProbeService probes, ProbeCache probeCache, Path downloadDir) {
        this.probes = probes;
        this.probeCache = probeCache;
        this.downloadDir = downloadDir;
    }

    public synchronized S3Settings settings() {
        return settings;
    }

    /** The S3 options for sources opened from now on. */
    public synchronized void settings(S3Settings next) {
        if (!next.equals(settings)) {
            settings = next;
            sources = null;
        }
    }

    /** Opens {@code spec}; fails with a SourceException (or InvalidPathException) that says what is wrong. */
    public synchronized OpenedSource open(String spec) {
        if (sources == null) {
            sources = new Sources(settings, downloadDir, w -> LOG.warn("{}", w));
            opened.add(sources);
        }
        Source source = sources.open(spec);
        if (!source.remote()) {
            return new LocalFolder(Path.of(spec), probes, sources);
        }
        return new RemoteSource(
                source, sources, new SourceProber(probes, probeCache, ReadMode.RANGE, Backoff.standard()));
    }

    @Override
    public synchronized void close() {
        opened.forEach(Sources::close);
    }
}
