package dev.clipsift.app.settings;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secrets the Settings dialog takes (the captioning API key): kept in the OS keyring when there is one
 * ({@link Keyring}), else only in memory for this session, and never in a file ClipSift writes. The environment
 * variable the engine reads ({@code CLIPSIFT_CAPTIONING_API_KEY}) stays the way to keep a key without a keyring; runs
 * started from the workbench get the key held here when that variable is unset ({@link #forVariable}).
 */
public final class Secrets {
    /** The captioning server's API key. */
    public static final String CAPTIONING_API_KEY = "captioning-api-key";
    /** The variable the engine reads that key from by default. */
    public static final String CAPTIONING_API_KEY_ENV = "CLIPSIFT_CAPTIONING_API_KEY";

    /** Where a secret was put. */
    public enum Kept {
        KEYRING("in the OS keyring"),
        SESSION("for this session only (no OS keyring here: set " + CAPTIONING_API_KEY_ENV + " to keep it)");

        private final String words;

        Kept(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Secrets.class);

    private final Optional<Keyring> keyring;
    private final Map<String, String> session = new ConcurrentHashMap<>();

    private Secrets(Optional<Keyring> keyring) {
        this.keyring = keyring;
    }

    /** The OS keyring when {@code secret-tool} is on the PATH, else session memory. */
    public static Secrets ofUser() {
        return new Secrets(Keyring.find());
    }

    /** The keyring {@code keyring} (tests: a stand-in for the keyring this machine lacks). */
    static Secrets with(Keyring keyring) {
        return new Secrets(Optional.of(keyring));
    }

    /** Session memory only, whatever the machine has. */
    public static Secrets inMemory() {
        return new Secrets(Optional.empty());
    }

    public boolean hasKeyring() {
        return keyring.isPresent();
    }

    /** Keeps {@code secret} under {@code name}: in the keyring, or in memory when there is none or it refuses. */
    public Kept put(String name, String secret) {
        session.put(name, secret);
        if (keyring.isPresent()) {
            try {
                keyring.get().store(name, secret);
                return Kept.KEYRING;
            } catch (IOException e) {
                LOG.warn("the OS keyring did not take the {}: kept for this session only ({})", name, e.getMessage());
            }
        }
        return Kept.SESSION;
    }

    /** The secret {@code name}: this session's, else the keyring's. */
    public Optional<String> get(String name) {
        String held = session.get(name);
        if (held != null) {
            return Optional.of(held);
        }
        if (keyring.isPresent()) {
            try {
                return keyring.get().lookup(name);
            } catch (IOException e) {
                LOG.warn("cannot read the {} from the OS keyring: {}", name, e.getMessage());
            }
        }
        return Optional.empty();
    }

    /**
     * The secret a run reads through the variable {@code name} where the environment lacks it (the engine's
     * {@code caption.ApiKeys}): the captioning key for {@link #CAPTIONING_API_KEY_ENV}, nothing for other names.
     */
    public Optional<String> forVariable(String name) {
        return CAPTIONING_API_KEY_ENV.equals(name) ? get(CAPTIONING_API_KEY) : Optional.empty();
    }

    /** The secrets held now (this session's or the keyring's), to take out of anything exported. */
    public List<String> known() {
        return get(CAPTIONING_API_KEY).stream().toList();
    }
}
