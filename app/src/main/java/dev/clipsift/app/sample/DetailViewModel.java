package dev.clipsift.app.sample;

import dev.clipsift.app.Format;
import dev.clipsift.probe.VideoRecord;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** What the detail view lists: every probed field of the video, with readable labels and values. */
public final class DetailViewModel {
    private final VideoRecord record;
    private final Supplier<Path> file;

    /**
     * {@code file} gives the video as a local file to play; the player asks for it on its own thread, so a
     * remote video is downloaded (into the download cache) there, not on the UI thread.
     */
    public DetailViewModel(VideoRecord record, Supplier<Path> file) {
        this.record = record;
        this.file = file;
    }

    public Supplier<Path> file() {
        return file;
    }

    public VideoRecord record() {
        return record;
    }

    public String title() {
        return record.fileName();
    }

    /** One row per field that has a value, in the record's order. */
    public List<Map.Entry<String, String>> rows() {
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        for (RecordComponent c : VideoRecord.class.getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value != null) {
                rows.add(Map.entry(label(c.getName()), value(c.getName(), value)));
            }
        }
        return rows;
    }

    /** A field's label: its own words where the field name is terse, else the name spelled out. */
    static String label(String field) {
        return switch (field) {
            case "ok" -> "Readable";
            case "sizeBytes" -> "Size";
            case "mtimeMs" -> "Modified";
            case "fps" -> "Frame rate";
            case "durationS" -> "Duration";
            case "framesExact" -> "Frame count exact";
            case "audioSampleRate" -> "Audio sample rate";
            default -> {
                String spaced = field.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
                yield Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
            }
        };
    }

    private static String value(String field, Object v) {
        return switch (field) {
            case "ok", "framesExact" -> (Boolean) v ? "yes" : "no";
            case "sizeBytes" -> Format.bytes((Long) v) + " (" + v + " bytes)";
            case "durationS" -> Format.duration((Double) v);
            case "mtimeMs" -> java.time.Instant.ofEpochMilli((Long) v).toString();
            case "bitrate" -> String.format(Locale.ROOT, "%.0f kbit/s", ((Long) v) / 1000.0);
            case "fps" -> Format.fps((Double) v);
            case "audioSampleRate" -> v + " Hz";
            default -> v.toString();
        };
    }
}
