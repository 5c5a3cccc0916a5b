package dev.clipsift.app.main;

import dev.clipsift.app.ManualExecutor;
import dev.clipsift.app.library.LibraryViewModel;
import dev.clipsift.app.overview.OverviewViewModel;
import dev.clipsift.app.sample.PreviewImages;
import dev.clipsift.app.sample.PreviewLoader;
import dev.clipsift.app.sample.SampleViewModel;
import dev.clipsift.app.settings.Secrets;
import dev.clipsift.app.settings.SettingsStore;
import dev.clipsift.app.source.SourceAccess;
import dev.clipsift.preview.PreviewCache;
import dev.clipsift.preview.PreviewService;
import dev.clipsift.preview.PreviewSpec;
import dev.clipsift.probe.ProbeCache;
import dev.clipsift.probe.ProbeService;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The main window's view models wired over real probing, sources and previews in a cache folder, as the workbench
 * wires them, but with the background and preview work held in {@link ManualExecutor}s (the UI executor is the
 * calling thread) so a test runs it when it chooses; no window. The toolkit must be started ({@code FxRuntime}).
 */
final class ManualMainModel implements AutoCloseable {
    private final ManualExecutor background = new ManualExecutor();
    private final ManualExecutor previewPool = new ManualExecutor();
    private final SourceAccess sources;
    private final MainViewModel model;

    ManualMainModel(Path cache) throws IOException {
        ProbeCache probeCache = ProbeCache.open(cache.resolve("probe-cache.jsonl"));
        ProbeService probes = new ProbeService(probeCache, 2);
        sources = new SourceAccess(probes, probeCache, cache.resolve("downloads"));
        PreviewService previews = new PreviewService(new PreviewCache(cache.resolve("previews")), PreviewSpec.TILE);
        LibraryViewModel library = new LibraryViewModel(probes, background, Runnable::run);
        PreviewLoader loader = new PreviewLoader(previews, new PreviewImages(36), previewPool, Runnable::run);
        SampleViewModel sample = new SampleViewModel(background, Runnable::run, () -> 5, loader, sources::open);
        OverviewViewModel overview = new OverviewViewModel(library.records(), background, Runnable::run);
        model = new MainViewModel(
                sources,
                library,
                sample,
                overview,
                new SettingsStore(cache.resolve("config/settings.json")),
                Secrets.inMemory(),
                background,
                background,
                Runnable::run);
    }

    MainViewModel model() {
        return model;
    }

    /** Runs the sample draw, then the visible page's loads, then the listing's probing (which waits for the page). */
    void settle() {
        while (background.pending() > 0 || previewPool.pending() > 0) {
            if (previewPool.pending() > 0) {
                previewPool.runAll();
            } else {
                background.runOne();
            }
        }
    }

    @Override
    public void close() {
        sources.close();
    }
}
