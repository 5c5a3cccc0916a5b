package dev.clipsift.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.app.FxRuntime;
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

    private ManualMainModel main;

    @BeforeAll
    static void fx() {
        FxRuntime.start();
    }

    @AfterEach
    void close() {
        System.clearProperty("RCLONE_CONFIG");
        if (main != null) {
            main.close();
        }
    }

    @Test
    void aRemoteOfTheUsersRcloneConfigOpensLikeAFolderAndAnUnknownOneSaysSo() throws Exception {
        try (RcloneRemotes remotes = new RcloneRemotes(tmp)) {
            System.setProperty("RCLONE_CONFIG", remotes.config().toString());
            main = new ManualMainModel(tmp.resolve("cache"));
            MainViewModel model = main.model();

            model.folderTextProperty().set(remotes.mediaVideos());
            model.openTyped();
            main.settle();

            assertThat(model.library().statusProperty().get()).isEqualTo("2 videos");
            assertThat(model.library().records())
                    .allSatisfy(r -> assertThat(r.path()).startsWith(remotes.mediaVideos() + "/"))
                    .extracting(VideoRecord::frames)
                    .containsExactlyInAnyOrder(250L, 120L);

            model.folderTextProperty().set("rclone:nosuch:videos");
            model.openTyped();
            main.settle();

            assertThat(model.library().statusProperty().get()).contains("unknown rclone remote 'nosuch'");
        }
    }
}
