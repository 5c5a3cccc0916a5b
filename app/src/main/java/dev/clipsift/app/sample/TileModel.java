package dev.clipsift.app.sample;

import dev.clipsift.probe.VideoRecord;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One tile of the grid: a sampled file, its probe record and preview once they arrive, or why it cannot be
 * shown. {@code index} is its 0-based position in the sample.
 */
public final class TileModel {
    private final String path;
    private final int index;
    private final ObjectProperty<VideoRecord> record = new SimpleObjectProperty<>();
    private final ObjectProperty<Preview> preview = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty();

    public TileModel(String path, int index) {
        this.path = path;
        this.index = index;
    }

    /** The shown path: a local path, {@code s3://bucket/key} or a URL. */
    public String path() {
        return path;
    }

    public int index() {
        return index;
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
