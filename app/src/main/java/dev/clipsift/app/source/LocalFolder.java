package dev.clipsift.app.source;

import dev.clipsift.probe.ProbeCache;
import dev.clipsift.probe.ProbeService;
import dev.clipsift.probe.VideoRecord;
import dev.clipsift.source.LocalLister;
import dev.clipsift.source.S3Settings;
import dev.clipsift.source.SourceItem;
import dev.clipsift.source.Sources;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** A folder on this machine: listed, probed and decoded in place, nothing copied. */
public record LocalFolder(Path folder, ProbeService probes, Sources sources) implements OpenedSource {

    public LocalFolder {
        folder = folder.toAbsolutePath().normalize();
    }

    /** A folder read through sources of its own (default S3 options: a folder needs none). */
    public LocalFolder(Path folder, ProbeService probes) {
        this(
                folder,
                probes,
                new Sources(S3Settings.defaults(), ProbeCache.defaultDir().resolve("downloads"), w -> {}));
    }

    @Override
    public String spec() {
        return folder.toString();
    }

    @Override
    public Stream<String> list(Consumer<String> warnings) {
        return new LocalLister(warnings).list(folder).map(Path::toString);
    }

    @Override
    public VideoRecord probe(String shown) {
        return probes.probe(Path.of(shown));
    }

    @Override
    public Path file(String shown) {
        return Path.of(shown);
    }

    @Override
    public SourceItem item(String shown) {
        return new SourceItem(shown, null, null, shown);
    }
}
