package dev.clipsift.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Video files under a local folder (or one file), listed by {@link LocalLister}. */
public final class LocalSource implements Source {
    private final Path root;
    private final LocalLister lister;

    public LocalSource(Path root, Consumer<String> warnings) {
        this.root = root;
        this.lister = new LocalLister(warnings);
    }

    @Override
    public String spec() {
        return root.toString();
    }

    @Override
    public Stream<SourceItem> list() {
        if (!Files.exists(root)) {
            throw new SourceException("no such file or folder: " + root);
        }
        return lister.list(root).map(p -> new SourceItem(p.toString(), null, null, p.toString()));
    }

    @Override
    public String relativeName(SourceItem item) {
        Path file = Path.of(item.location()).toAbsolutePath();
        Path base = root.toAbsolutePath();
        Path rel = base.equals(file) ? file.getFileName() : base.relativize(file);
        return rel.toString().replace('\\', '/');
    }

    @Override
    public String readUrl(SourceItem item) {
        return item.location();
    }

    @Override
    public Path materialise(SourceItem item) {
        return Path.of(item.location());
    }

    @Override
    public boolean remote() {
        return false;
    }
}
