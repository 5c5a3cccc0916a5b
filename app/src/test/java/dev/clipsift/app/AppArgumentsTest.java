package dev.clipsift.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppArgumentsTest {
    @Test
    void readsTheFolderSampleFileAndTab() {
        AppArguments a = AppArguments.parse(List.of("--open", "/data/v", "--sample", "s.json", "--tab", "overview"));

        assertThat(a).isEqualTo(new AppArguments("/data/v", Path.of("s.json"), "overview"));
    }

    @Test
    void noArgumentsOpenNothing() {
        assertThat(AppArguments.parse(List.of())).isEqualTo(new AppArguments(null, null, null));
        assertThat(AppArguments.parse(List.of("--review", "/runs/a")).review()).isEqualTo(Path.of("/runs/a"));
    }

    @Test
    void anUnknownArgumentOrTabIsRefusedWithTheUsage() {
        assertThatThrownBy(() -> AppArguments.parse(List.of("--frobnicate", "x")))
                .hasMessageContaining("usage:");
        assertThatThrownBy(() -> AppArguments.parse(List.of("--open"))).hasMessageContaining("usage:");
        assertThatThrownBy(() -> AppArguments.parse(List.of("--tab", "grid"))).hasMessageContaining("--tab must be");
    }
}
