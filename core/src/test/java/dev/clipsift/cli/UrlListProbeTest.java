package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.clipsift.TestData;
import dev.clipsift.io.Json;
import dev.clipsift.probe.VideoRecord;
import dev.clipsift.sample.SampleFile;
import dev.clipsift.source.ClipServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UrlListProbeTest {
    @TempDir
    Path tmp;

    @Test
    void probeAndSampleTakeAUrlListFileAndReportEachUrlOnItsOwn() throws Exception {
        try (ClipServer server = new ClipServer(TestData.videos())) {
            Path list = tmp.resolve("clips.txt");
            Files.write(
                    list,
                    List.of(
                            "# shared clips",
                            server.url("bikes.mp4").toString(),
                            "",
                            server.url("gone.mp4").toString(),
                            server.url("carphone_pristine.mp4").toString()));

            CliRun probe = CliRun.of("probe", "urls:" + list, "--json", "-q", "--no-cache");
            assertThat(probe.exitCode()).as(probe.err()).isEqualTo(ExitCodes.SOME_ITEMS_FAILED);
            List<VideoRecord> records = Json.mapper()
                    .convertValue(Json.read(probe.out(), List.class), new TypeReference<List<VideoRecord>>() {});
            assertThat(records)
                    .extracting(VideoRecord::fileName)
                    .containsExactly("bikes.mp4", "gone.mp4", "carphone_pristine.mp4");
            assertThat(records).extracting(VideoRecord::ok).containsExactly(true, false, true);
            assertThat(records.get(1).error()).contains("HTTP 404");
            assertThat(records.get(2).width()).isEqualTo(176);

            CliRun sample = CliRun.of("sample", "urls:" + list, "--nsamples", "2", "--license", "BSD-3-Clause");
            SampleFile s = Json.read(sample.out(), SampleFile.class);
            assertThat(s.totalListed()).isEqualTo(3);
            assertThat(s.files()).hasSize(2).allSatisfy(f -> assertThat(f).startsWith("http://127.0.0.1:"));
            assertThat(s.license()).isEqualTo("BSD-3-Clause");
        }
    }
}
