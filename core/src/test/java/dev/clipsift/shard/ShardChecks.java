package dev.clipsift.shard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Reads shard output back with readers independent of the writer: tars with commons-compress (checking the
 * WebDataset rules on the way), the manifest with DuckDB.
 */
public final class ShardChecks {
    private ShardChecks() {}

    /** A tar member: its name, where its header starts, and its bytes. */
    public record Member(String name, long offset, byte[] bytes) {
        public String key() {
            return name.substring(0, name.indexOf('.'));
        }

        public String ext() {
            return name.substring(name.indexOf('.') + 1);
        }
    }

    public static List<Member> members(Path tar) throws IOException {
        List<Member> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(tar);
                TarArchiveInputStream t = new TarArchiveInputStream(in)) {
            long offset = 0;
            for (TarArchiveEntry e = t.getNextEntry(); e != null; e = t.getNextEntry()) {
                assertThat(e.isFile()).as(e.getName()).isTrue();
                byte[] bytes = t.readAllBytes();
                out.add(new Member(e.getName(), offset, bytes));
                offset += 512 + (bytes.length + 511) / 512 * 512;
            }
        }
        return out;
    }

    /** Every tar under {@code dir}, by name relative to it. */
    public static List<String> tars(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".tar"))
                    .map(p -> dir.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }

    /**
     * Checks the WebDataset rules over every tar under {@code dir} and returns the samples by key (ext -> bytes):
     * names {@code <key>.<ext>} with no '.' and no '/' in the key, a sample's files one after the other, keys unique
     * across tars, extensions mp4, json and txt, each tar within {@code targetBytes} unless it holds one sample.
     */
    public static Map<String, Map<String, byte[]>> samples(Path dir, long targetBytes) throws IOException {
        Map<String, Map<String, byte[]>> all = new LinkedHashMap<>();
        for (String name : tars(dir)) {
            Path tar = dir.resolve(name);
            List<Member> members = members(tar);
            Set<String> closed = new HashSet<>();
            String current = null;
            for (Member m : members) {
                assertThat(m.name()).matches("[^./]+\\.(mp4|json|txt)");
                if (!m.key().equals(current)) {
                    assertThat(closed)
                            .as("sample %s is contiguous in %s", m.key(), name)
                            .doesNotContain(m.key());
                    assertThat(all).as("key %s is unique", m.key()).doesNotContainKey(m.key());
                    if (current != null) {
                        closed.add(current);
                    }
                    current = m.key();
                }
                all.computeIfAbsent(m.key(), k -> new LinkedHashMap<>()).put(m.ext(), m.bytes());
            }
            if (members.stream().map(Member::key).distinct().count() > 1) {
                assertThat(Files.size(tar)).as("%s within the target", name).isLessThanOrEqualTo(targetBytes);
            }
        }
        all.values().forEach(s -> assertThat(s.keySet()).containsExactly("mp4", "json", "txt"));
        return all;
    }

    /** The rows of {@code sql} run by DuckDB, each as column -> value. */
    public static List<Map<String, Object>> query(String sql) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnName(i), rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
