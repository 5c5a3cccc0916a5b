package dev.clipsift.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.app.FxRuntime;
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
import dev.clipsift.probe.VideoRecord;
import dev.clipsift.source.RcloneRemotes;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An rclone remote typed into the path field (real rclone, a config the test writes): listed and probed in place. */
class OpenRcloneRemoteTest {
    @TempDir
    Path tmp;

    private final ManualExecutor background = new ManualExecutor();
    private final ManualExecutor previewPool = new ManualExecutor();
    private SourceAccess sources;

    @BeforeAll
    static void fx() {
        FxRuntime.start();
    }

    @AfterEach
    void close() {
        System.clearProperty("RCLONE_CONFIG");
        if (sources != null) {
            sources.close();
        }
    }

    private MainViewModel model() throws Exception {
        ProbeCache probeCache = ProbeCache.open(tmp.resolve("cache/probe-cache.jsonl"));
        ProbeService probes = new ProbeService(probeCache, 2);
        sources = new SourceAccess(probes, probeCache, tmp.resolve("cache/downloads"));
        PreviewService previews = new PreviewService(new PreviewCache(tmp.resolve("cache/previews")), PreviewSpec.TILE);
        LibraryViewModel library = new LibraryViewModel(probes, background, Runnable::run);
        PreviewLoader loader = new PreviewLoader(previews, new PreviewImages(36), previewPool, Runnable::run);
        SampleViewModel sample = new SampleViewModel(background, Runnable::run, () -> 5, loader, sources::open);
        OverviewViewModel overview = new OverviewViewModel(library.records(), background, Runnable::run);
        return new MainViewModel(
                sources,
                library,
                sample,
                overview,
                new SettingsStore(tmp.resolve("config/settings.json")),
                Secrets.inMemory(),
                background,
                background,
                Runnable::run);
    }

    private void settle() {
        while (background.pending() > 0 || previewPool.pending() > 0) {
            if (previewPool.pending() > 0) {
                previewPool.runAll();
            } else {
                background.runOne();
            }
        }
    }

    @Test
    void aRemoteOfTheUsersRcloneConfigOpensLikeAFolderAndAnUnknownOneSaysSo() throws Exception {
        try (RcloneRemotes remotes = new RcloneRemotes(tmp)) {
            System.setProperty("RCLONE_CONFIG", remotes.config().toString());
            MainViewModel model = model();

            model.folderTextProperty().set(remotes.mediaVideos());
            model.openTyped();
            settle();

            assertThat(model.library().statusProperty().get()).isEqualTo("2 videos");
            assertThat(model.library().records())
                    .allSatisfy(r -> assertThat(r.path()).startsWith(remotes.mediaVideos() + "/"))
                    .extracting(VideoRecord::frames)
                    .containsExactlyInAnyOrder(250L, 120L);

            model.folderTextProperty().set("rclone:nosuch:videos");
            model.openTyped();
            settle();

            assertThat(model.library().statusProperty().get()).contains("unknown rclone remote 'nosuch'");
        }
    }
}
