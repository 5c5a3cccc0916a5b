package dev.clipsift.caption;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Where a captioning server's key variable ({@code --captioning-api-key-env}, default
 * {@code CLIPSIFT_CAPTIONING_API_KEY}) is read: the process environment first, else the keys the application that
 * embeds the engine holds under that name (the workbench: the key its Settings dialog keeps in the OS keyring or for
 * the session). The key is asked for when a client is made and kept nowhere else.
 */
public final class ApiKeys {
    private static volatile Function<String, Optional<String>> held = name -> Optional.empty();

    private ApiKeys() {}

    /** The keys this process holds by variable name, asked for where the environment has no value. */
    public static void holdFrom(Function<String, Optional<String>> keys) {
        held = Objects.requireNonNull(keys);
    }

    /** The variable's value from the environment, else the held key; null when neither has one. */
    static @Nullable String variable(String name) {
        String k = System.getenv(name);
        if (k != null && !k.isBlank()) {
            return k.strip();
        }
        return held.apply(name).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    }
}
