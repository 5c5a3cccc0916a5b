package dev.clipsift.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.clipsift.io.Json;
import dev.clipsift.probe.ProbeFailure;
import dev.clipsift.probe.VideoRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingExportTest {
    @TempDir
    Path tmp;

    private final List<VideoRecord> records = List.of(
            new VideoRecord(
                    "/v/a, \"quoted\".mp4",
                    true,
                    null,
                    null,
                    1000L,
                    5L,
                    "mp4",
                    "h264",
                    "yuv420p",
                    640,
                    360,
                    0,
                    25.0,
                    "25/1",
                    "25/1",
                    10.0,
                    250L,
                    true,
                    800L,
                    "aac",
                    2,
                    48000),
            VideoRecord.failed(
                    "/v/broken.mp4",
                    4096L,
                    6L,
                    ProbeFailure.UNREADABLE,
                    "cannot open: Invalid data found when processing input"));

    @Test
    void theCsvHasOneColumnPerRecordFieldAndQuotesCellsWithCommasOrQuotes() throws IOException {
        Path out = tmp.resolve("listing.csv");

        ListingExport.writeCsv(out, records);

        List<String> lines =
                Arrays.asList(Files.readString(out, StandardCharsets.UTF_8).split("\r\n"));
        List<String> fieldNames = Arrays.stream(VideoRecord.class.getRecordComponents())
                .map(c -> new PropertyNamingStrategies.SnakeCaseStrategy().translate(c.getName()))
                .toList();
        assertThat(lines.get(0).split(",")).containsExactlyElementsOf(fieldNames);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("\"/v/a, \"\"quoted\"\".mp4\",true,,,1000,5,mp4,h264");
        assertThat(lines.get(2))
                .startsWith(
                        "/v/broken.mp4,false,cannot open: Invalid data found when processing input,unreadable,4096");
    }

    @Test
    void theJsonIsAnArrayOfTheProbeRecordsAndLeavesNoTempFileBehind() throws IOException {
        Path out = tmp.resolve("listing.json");

        ListingExport.writeJson(out, records);

        JsonNode root = Json.mapper().readTree(out.toFile());
        assertThat(root.isArray()).isTrue();
        assertThat(root.get(0).get("codec").asText()).isEqualTo("h264");
        assertThat(root.get(1).get("error").asText()).startsWith("cannot open");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("listing.json");
        }
    }
}
