package dev.clipsift.shard;

import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.MediaInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Writes the manifest, one row per clip, as a Parquet file through an in-memory DuckDB table: {@code id},
 * {@code video}, {@code video_id}, the span ({@code start_s}, {@code end_s}, {@code start_frame},
 * {@code end_frame}), the clip file ({@code width}, {@code height}, {@code fps}, {@code duration_s},
 * {@code frames}, {@code bytes}, {@code codec}), {@code status} and {@code reasons} (a list of strings),
 * {@code caption} and {@code caption_version}, {@code bin}, {@code shard}, {@code shard_key},
 * {@code shard_offset}, {@code skipped}, then one {@code DOUBLE} column {@code score_<name>} per score any clip
 * has (null where a clip lacks it), in name order.
 */
final class ManifestWriter {
    private static final List<String> COLUMNS = List.of(
            "id VARCHAR",
            "video VARCHAR",
            "video_id VARCHAR",
            "start_s DOUBLE",
            "end_s DOUBLE",
            "start_frame INTEGER",
            "end_frame INTEGER",
            "width INTEGER",
            "height INTEGER",
            "fps DOUBLE",
            "duration_s DOUBLE",
            "frames BIGINT",
            "bytes BIGINT",
            "codec VARCHAR",
            "status VARCHAR",
            "reasons VARCHAR[]",
            "caption VARCHAR",
            "caption_version VARCHAR",
            "bin VARCHAR",
            "shard VARCHAR",
            "shard_key VARCHAR",
            "shard_offset BIGINT",
            "skipped VARCHAR");

    private ManifestWriter() {}

    /** Writes {@code rows} to {@code file} (replaced if it exists); the caller renames it into place. */
    static void write(List<ManifestRow> rows, Path file) throws Exception {
        SortedSet<String> scores = new TreeSet<>();
        rows.forEach(r -> {
            if (r.clip().scores() != null) {
                scores.addAll(r.clip().scores().values().keySet());
            }
        });
        List<String> columns = new ArrayList<>(COLUMNS);
        scores.forEach(s -> columns.add(quoted("score_" + s) + " DOUBLE"));
        Files.deleteIfExists(file);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement st = db.createStatement()) {
            st.execute("CREATE TABLE manifest (" + String.join(", ", columns) + ")");
            String marks = String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO manifest VALUES (" + marks + ")")) {
                for (ManifestRow r : rows) {
                    bind(db, insert, r, scores);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            st.execute("COPY manifest TO '" + file.toString().replace("'", "''")
                    + "' (FORMAT PARQUET, COMPRESSION SNAPPY)");
        }
    }

    private static void bind(Connection db, PreparedStatement p, ManifestRow r, SortedSet<String> scores)
            throws SQLException {
        ClipRecord c = r.clip();
        MediaInfo m = c.media();
        int i = 1;
        p.setString(i++, c.id());
        p.setString(i++, c.source().video());
        p.setString(i++, c.source().videoId());
        p.setDouble(i++, c.span().startS());
        p.setDouble(i++, c.span().endS());
        p.setInt(i++, c.span().startFrame());
        p.setInt(i++, c.span().endFrame());
        p.setObject(i++, m == null ? null : m.width(), Types.INTEGER);
        p.setObject(i++, m == null ? null : m.height(), Types.INTEGER);
        p.setObject(i++, m == null ? null : m.fps(), Types.DOUBLE);
        p.setObject(i++, m == null ? null : m.durationS(), Types.DOUBLE);
        p.setObject(i++, m == null ? null : m.frames(), Types.BIGINT);
        p.setObject(i++, m == null ? null : m.bytes(), Types.BIGINT);
        p.setString(i++, m == null ? null : m.codec());
        p.setString(i++, c.status().state().json());
        p.setArray(i++, db.createArrayOf("VARCHAR", c.status().reasons().toArray()));
        p.setString(i++, r.caption() == null ? null : r.caption().text());
        p.setString(i++, r.caption() == null ? null : r.caption().version());
        boolean sized = m != null && m.width() != null && m.height() != null;
        p.setString(i++, sized ? ShardBin.of(m.width(), m.height()) : null);
        p.setString(i++, r.shard() == null ? null : r.shard().shard());
        p.setString(i++, r.shard() == null ? null : r.shard().key());
        p.setObject(i++, r.shard() == null ? null : r.shard().offset(), Types.BIGINT);
        p.setString(i++, r.skipped());
        for (String s : scores) {
            p.setObject(i++, c.scores() == null ? null : c.scores().get(s), Types.DOUBLE);
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
