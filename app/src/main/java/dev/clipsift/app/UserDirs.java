package dev.clipsift.app;

import java.nio.file.Path;

/**
 * The workbench's per-user folders. Config (settings, recent runs): {@code -Dclipsift.config.dir}, else
 * {@code $XDG_CONFIG_HOME/clipsift}, else {@code ~/.config/clipsift}. State (the log files):
 * {@code -Dclipsift.state.dir}, else {@code $XDG_STATE_HOME/clipsift}, else {@code ~/.local/state/clipsift}.
 */
public final class UserDirs {
    private UserDirs() {}

    public static Path config() {
        return dir("clipsift.config.dir", "XDG_CONFIG_HOME", Path.of(".config"));
    }

    public static Path state() {
        return dir("clipsift.state.dir", "XDG_STATE_HOME", Path.of(".local", "state"));
    }

    /** Where the workbench's rotated log files live: {@code logs/} in the state folder. */
    public static Path logs() {
        return state().resolve("logs");
    }

    private static Path dir(String property, String xdgVariable, Path underHome) {
        String own = System.getProperty(property);
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = System.getenv(xdgVariable);
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home")).resolve(underHome);
        return base.resolve("clipsift");
    }
}
