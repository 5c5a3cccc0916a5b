package dev.clipsift.overview;

import dev.clipsift.io.AtomicFiles;
import dev.clipsift.io.Json;
import dev.clipsift.probe.VideoRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a listing's probe records as a table: CSV (one row per file, header of the JSON field names) or
 * JSON (an array of the same records {@code clipsift probe --json} prints). Both writes are atomic.
 */
public final class ListingExport {
    /** The CSV columns, in order: the snake_case names of the JSON fields. */
    public static final List<String> COLUMNS = List.of(
            "path",
            "ok",
            "error",
            "failure",
            "size_bytes",
            "mtime_ms",
            "container",
            "codec",
            "pixel_format",
            "width",
            "height",
            "rotation",
            "fps",
            "avg_frame_rate",
            "nominal_frame_rate",
            "duration_s",
            "frames",
            "frames_exact",
            "bitrate",
            "audio_codec",
            "audio_channels",
            "audio_sample_rate");

    private ListingExport() {}

    public static void writeJson(Path out, List<VideoRecord> records) throws IOException {
        Json.writeAtomically(out, records);
    }

    public static void writeCsv(Path out, List<VideoRecord> records) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(",", COLUMNS)).append("\r\n");
        for (VideoRecord r : records) {
            sb.append(row(r)).append("\r\n");
        }
        AtomicFiles.writeString(out, sb.toString());
    }

    private static String row(VideoRecord r) {
        Object[] cells = {
            r.path(),
            r.ok(),
            r.error(),
            r.failure() == null ? null : r.failure().key(),
            r.sizeBytes(),
            r.mtimeMs(),
            r.container(),
            r.codec(),
            r.pixelFormat(),
            r.width(),
            r.height(),
            r.rotation(),
            r.fps(),
            r.avgFrameRate(),
            r.nominalFrameRate(),
            r.durationS(),
            r.frames(),
            r.framesExact(),
            r.bitrate(),
            r.audioCodec(),
            r.audioChannels(),
            r.audioSampleRate()
        };
        return Arrays.stream(cells).map(ListingExport::cell).collect(Collectors.joining(","));
    }

    /** RFC 4180 quoting: a cell with a comma, quote or line break is quoted, quotes doubled. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
