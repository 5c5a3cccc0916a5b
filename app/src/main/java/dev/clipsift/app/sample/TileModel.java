package dev.clipsift.app.sample;

import dev.clipsift.probe.VideoRecord;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;

/**
 * One tile of the grid: a sampled file, its probe record and preview once they arrive, or why it cannot be
 * shown. {@code index} is its 0-based position in the sample.
 */
public final class TileModel {
    private final String path;
    private final int index;
    private final @Nullable String title;
    private final ObjectProperty<VideoRecord> record = new SimpleObjectProperty<>();
    private final ObjectProperty<Preview> preview = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty();

    public TileModel(String path, int index) {
        this(path, index, null);
    }

    /** A tile titled {@code title} rather than by its file name (a clip: its source video and span). */
    public TileModel(String path, int index, @Nullable String title) {
        this.path = path;
        this.index = index;
        this.title = title;
    }

    /** The shown path: a local path, {@code s3://bucket/key} or a URL. */
    public String path() {
        return path;
    }

    public int index() {
        return index;
    }

    /** What the tile is called: its title, else its file name. */
    public String title() {
        return title != null ? title : fileName();
    }

    /** Whether it has a title of its own (shown whole, wrapped) rather than its number and file name. */
    public boolean titled() {
        return title != null;
    }

    public String fileName() {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    public ObjectProperty<VideoRecord> recordProperty() {
        return record;
    }

    public ObjectProperty<Preview> previewProperty() {
        return preview;
    }

    /** Why the file cannot be shown (unreadable, cannot decode), or null. */
    public StringProperty problemProperty() {
        return problem;
    }
}
