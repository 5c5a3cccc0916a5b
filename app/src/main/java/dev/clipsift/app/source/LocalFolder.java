package dev.clipsift.app.source;

import dev.clipsift.probe.ProbeService;
import dev.clipsift.probe.VideoRecord;
import dev.clipsift.source.LocalLister;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** A folder on this machine: listed, probed and decoded in place, nothing copied. */
public record LocalFolder(Path folder, ProbeService probes) implements OpenedSource {

    public LocalFolder {
        folder = folder.toAbsolutePath().normalize();
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
}
