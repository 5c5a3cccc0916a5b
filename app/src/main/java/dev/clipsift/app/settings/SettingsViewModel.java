package dev.clipsift.app.settings;

import static dev.clipsift.app.settings.SettingsFields.AUTOMATIC;
import static dev.clipsift.app.settings.SettingsFields.blankToNull;
import static dev.clipsift.app.settings.SettingsFields.deviceChoice;
import static dev.clipsift.app.settings.SettingsFields.endpoint;
import static dev.clipsift.app.settings.SettingsFields.gpus;
import static dev.clipsift.app.settings.SettingsFields.positive;
import static dev.clipsift.app.settings.SettingsFields.text;
import static dev.clipsift.app.settings.SettingsFields.threads;

import dev.clipsift.app.Format;
import dev.clipsift.app.source.S3OptionsDialog;
import dev.clipsift.preview.PreviewCache;
import dev.clipsift.source.S3Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Settings dialog's state: the fields as text, checked and saved together ({@link #save()}). The API key field
 * is write-only: what is typed goes to {@link Secrets}, never into the settings, and the field starts empty.
 */
public final class SettingsViewModel {

    private final SettingsStore store;
    private final Secrets secrets;
    private final Executor background;
    private final Executor ui;
    private final Consumer<Settings> onSaved;

    private final StringProperty s3Profile = new SimpleStringProperty("");
    private final StringProperty s3Endpoint = new SimpleStringProperty("");
    private final StringProperty s3Region = new SimpleStringProperty("");
    private final BooleanProperty s3PathStyle = new SimpleBooleanProperty();
    private final StringProperty captioningEndpoint = new SimpleStringProperty("");
    private final StringProperty captioningModel = new SimpleStringProperty("");
    private final StringProperty apiKey = new SimpleStringProperty("");
    private final StringProperty device = new SimpleStringProperty(AUTOMATIC);
    private final StringProperty threads = new SimpleStringProperty("");
    private final StringProperty cacheDir = new SimpleStringProperty("");
    private final StringProperty previewCacheMb = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper cacheUsage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public SettingsViewModel(
            SettingsStore store, Secrets secrets, Executor background, Executor ui, Consumer<Settings> onSaved) {
        this.store = store;
        this.secrets = secrets;
        this.background = background;
        this.ui = ui;
        this.onSaved = onSaved;
        Settings s = store.get();
        s3Profile.set(text(s.s3().profile()));
        s3Endpoint.set(text(s.s3().endpoint()));
        s3Region.set(text(s.s3().region()));
        s3PathStyle.set(s.s3().pathStyle());
        captioningEndpoint.set(text(s.captioning().endpoint()));
        captioningModel.set(text(s.captioning().model()));
        device.set(deviceChoice(s.gpus()));
        threads.set(text(s.threads()));
        cacheDir.set(text(s.cacheDir()));
        previewCacheMb.set(text(s.previewCacheMb()));
    }

    /** Where the key typed would go, and whether one is held now. */
    public String apiKeyStatus() {
        String where = secrets.hasKeyring()
                ? "A key typed here goes to the OS keyring."
                : "No OS keyring here (secret-tool not found): a key typed here is kept for this session only;"
                        + " set " + Secrets.CAPTIONING_API_KEY_ENV + " to keep one.";
        boolean held = secrets.get(Secrets.CAPTIONING_API_KEY).isPresent();
        boolean inEnv = System.getenv(Secrets.CAPTIONING_API_KEY_ENV) != null;
        return where + (held ? " A key is set." : inEnv ? " " + Secrets.CAPTIONING_API_KEY_ENV + " is set." : "");
    }

    /** What the environment decides instead of these settings, in words; empty when nothing. */
    public String environmentNotes() {
        List<String> notes = new ArrayList<>();
        for (String v : List.of("CLIPSIFT_CACHE", PreviewCache.LIMIT_ENV, "CLIPSIFT_GPUS")) {
            String value = System.getenv(v);
            if (value != null && !value.isBlank()) {
                notes.add(v + "=" + value);
            }
        }
        return notes.isEmpty()
                ? ""
                : "Set in the environment, and winning over these fields: " + String.join(", ", notes);
    }

    /** Measures the cache folder in use; {@link #cacheUsageProperty()} says the result. */
    public void measureCache() {
        Path dir = store.get().effectiveCacheDir();
        cacheUsage.set("Measuring " + dir + "\u2026");
        background.execute(() -> {
            String words;
            try {
                words = dir + " holds " + Format.bytes(folderBytes(dir));
            } catch (IOException | UncheckedIOException e) {
                words = dir + ": " + e.getMessage();
            }
            String shown = words;
            ui.execute(() -> cacheUsage.set(shown));
        });
    }

    private static long folderBytes(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> {
                        try {
                            return Files.size(p);
                        } catch (IOException e) {
                            return 0; // a file deleted while walking
                        }
                    })
                    .sum();
        }
    }

    /**
     * Checks the fields and saves them: the settings file (atomically), the API key (when one was typed) to
     * {@link Secrets}. False, with {@link #messageProperty()} saying why, when a field is wrong or the file
     * cannot be written.
     */
    public boolean save() {
        Settings edited;
        try {
            edited = edited();
        } catch (IllegalArgumentException bad) {
            message.set(bad.getMessage());
            return false;
        }
        Settings saved;
        try {
            saved = store.update(s -> s.withEdits(edited));
        } catch (IOException e) {
            message.set("Cannot write " + store.file() + ": " + e.getMessage());
            return false;
        }
        String key = apiKey.get() == null ? "" : apiKey.get().strip();
        String keyWords = "";
        if (!key.isEmpty()) {
            keyWords = " The API key is kept "
                    + secrets.put(Secrets.CAPTIONING_API_KEY, key).words() + ".";
            apiKey.set("");
        }
        message.set("Saved to " + store.file() + "." + keyWords
                + " A new run starts with them now; the workbench's own cache folder, threads and preview cache limit"
                + " apply at its next start.");
        onSaved.accept(saved);
        return true;
    }

    private Settings edited() {
        S3Settings s3 = S3OptionsDialog.settings(s3Profile.get(), s3Endpoint.get(), s3Region.get(), s3PathStyle.get());
        return new Settings(
                new Settings.S3(
                        s3.profile(),
                        s3.endpoint() == null ? null : s3.endpoint().toString(),
                        s3.region(),
                        s3.pathStyle()),
                new Settings.Captioning(endpoint(captioningEndpoint.get()), blankToNull(captioningModel.get())),
                gpus(device.get()),
                threads(threads.get()),
                blankToNull(cacheDir.get()),
                positive("Preview cache limit", previewCacheMb.get()),
                List.of());
    }

    public StringProperty s3ProfileProperty() {
        return s3Profile;
    }

    public StringProperty s3EndpointProperty() {
        return s3Endpoint;
    }

    public StringProperty s3RegionProperty() {
        return s3Region;
    }

    public BooleanProperty s3PathStyleProperty() {
        return s3PathStyle;
    }

    public StringProperty captioningEndpointProperty() {
        return captioningEndpoint;
    }

    public StringProperty captioningModelProperty() {
        return captioningModel;
    }

    public StringProperty apiKeyProperty() {
        return apiKey;
    }

    public StringProperty deviceProperty() {
        return device;
    }

    public StringProperty threadsProperty() {
        return threads;
    }

    public StringProperty cacheDirProperty() {
        return cacheDir;
    }

    public StringProperty previewCacheMbProperty() {
        return previewCacheMb;
    }

    public ReadOnlyStringProperty cacheUsageProperty() {
        return cacheUsage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
