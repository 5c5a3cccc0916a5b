package dev.clipsift.app.source;

import dev.clipsift.probe.ProbeFailure;
import dev.clipsift.probe.VideoRecord;
import dev.clipsift.source.Source;
import dev.clipsift.source.SourceException;
import dev.clipsift.source.SourceItem;
import dev.clipsift.source.SourceProber;
import dev.clipsift.source.Sources;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * An S3 prefix, URL list or Hugging Face dataset: probed in place by ranged reads, and a video downloaded into
 * the download cache only when it is needed as a file (a preview on the visible page, the detail view). The
 * items it listed are remembered by shown path, so a shown path leads back to what the source needs to read it.
 */
public final class RemoteSource implements OpenedSource {
    private final Source source;
    private final Sources sources;
    private final SourceProber prober;
    private final Map<String, SourceItem> listed = new ConcurrentHashMap<>();

    /** {@code source} as opened through {@code sources} (which the caller closes). */
    public RemoteSource(Source source, Sources sources, SourceProber prober) {
        this.source = source;
        this.sources = sources;
        this.prober = prober;
    }

    @Override
    public Sources sources() {
        return sources;
    }

    @Override
    public String spec() {
        return source.spec();
    }

    @Override
    public Path folder() {
        return null;
    }

    @Override
    public Stream<String> list(Consumer<String> warnings) {
        Stream<SourceItem> items = source.list();
        return items.peek(i -> listed.put(i.path(), i)).map(SourceItem::path).onClose(items::close);
    }

    @Override
    public VideoRecord probe(String shown) {
        SourceItem item;
        try {
            item = item(shown);
        } catch (SourceException e) {
            return VideoRecord.failed(shown, null, null, ProbeFailure.DOWNLOAD_FAILED, e.getMessage());
        }
        return prober.probe(source, item);
    }

    @Override
    public Path file(String shown) {
        return source.materialise(item(shown));
    }

    /** The listed item; a shown path not listed yet (a saved sample opened) has the source listed once. */
    @Override
    public SourceItem item(String shown) {
        SourceItem item = listed.get(shown);
        if (item == null) {
            try (Stream<String> all = list(w -> {})) {
                all.forEach(p -> {});
            }
            item = listed.get(shown);
        }
        if (item == null) {
            throw new SourceException("no longer in " + spec() + ": " + shown);
        }
        return item;
    }
}
