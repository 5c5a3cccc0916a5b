package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.clipsift.io.Json;
import dev.clipsift.probe.Prober;
import dev.clipsift.probe.VideoRecord;
import dev.clipsift.sample.SampleFile;
import dev.clipsift.source.HubDataset;
import dev.clipsift.source.HubServer;
import dev.clipsift.source.S3Settings;
import dev.clipsift.source.Sources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clipsift probe/sample hf://datasets/...} against a loopback Hub, pointed at by HF_ENDPOINT and HF_TOKEN. */
class HfProbeAndSampleTest {
    private static final String DATASET = "hf://datasets/clipsift/clips";
    private static final List<String> SETTINGS = List.of("HF_ENDPOINT", "HF_TOKEN", "HF_HOME");

    @TempDir
    Path tmp;

    private HubServer hub;

    @BeforeEach
    void startAPrivateHub() throws Exception {
        hub = HubDataset.start(HubDataset.TOKEN);
        System.setProperty("HF_ENDPOINT", hub.endpoint().toString());
        System.setProperty("HF_TOKEN", HubDataset.TOKEN);
        System.setProperty("HF_HOME", tmp.resolve("hf-home").toString());
    }

    @AfterEach
    void stop() {
        SETTINGS.forEach(System::clearProperty);
        hub.close();
    }

    private static void assertNoSecrets(String text) {
        assertThat(text)
                .doesNotContain(HubDataset.TOKEN)
                .doesNotContain("cdnsig")
                .doesNotContain("Bearer");
    }

    @Test
    void probeJsonReadsEveryVideoOfAPrivateDatasetLikeTheLocalFileInBothReadModes() throws Exception {
        for (String mode : List.of("range", "download")) {
            CliRun run = CliRun.of(
                    "probe",
                    DATASET,
                    "--json",
                    "-q",
                    "--no-cache",
                    "--remote-read",
                    mode,
                    "--cache-dir",
                    tmp.resolve("cache-" + mode).toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertNoSecrets(run.out());
            assertNoSecrets(run.err());
            List<VideoRecord> records = Json.mapper()
                    .convertValue(Json.read(run.out(), List.class), new TypeReference<List<VideoRecord>>() {});
            Map<String, Path> files = HubDataset.files();
            assertThat(records)
                    .extracting(VideoRecord::path)
                    .containsExactly(
                            DATASET + "/videos/bikes.mp4",
                            DATASET + "/videos/street/carphone_pristine.mp4",
                            DATASET + "/videos/street/fades.mp4",
                            DATASET + "/videos/with space \u00fc.mp4");
            for (VideoRecord r : records) {
                Path local = files.get(r.path().substring(DATASET.length() + 1));
                assertThat(r)
                        .as(mode + " " + r.path())
                        .usingRecursiveComparison()
                        .ignoringFields("path", "mtimeMs")
                        .isEqualTo(new Prober().probe(local));
            }
        }
        assertThat(hub.cdn().authorizedRequests()).isZero();
        try (var cached = Files.walk(tmp)) {
            for (Path f : cached.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().endsWith(".mp4"))
                    .toList()) {
                assertNoSecrets(Files.readString(f));
            }
        }
    }

    @Test
    void aSecondProbeComesFromTheProbeCacheAfterOneRangedByteReadPerVideo() throws Exception {
        String[] args = {
            "probe", DATASET, "--json", "-q", "--cache-dir", tmp.resolve("c").toString()
        };
        CliRun first = CliRun.of(args);
        hub.cdn().ranges().clear();
        CliRun second = CliRun.of(args);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(hub.cdn().ranges()).hasSize(4).containsOnly("bytes=0-0");
        assertThat(tmp.resolve("c/probe-cache.jsonl")).content().contains(DATASET + "/videos/bikes.mp4");
        assertNoSecrets(Files.readString(tmp.resolve("c/probe-cache.jsonl")));
    }

    @Test
    void sampleListsHfPathsAndTheSampleFileHoldsNoToken() throws Exception {
        Path out = tmp.resolve("sample.json");
        CliRun run = CliRun.of(
                "sample",
                DATASET + "/videos/street",
                "--nsamples",
                "5",
                "--seed",
                "3",
                "--out",
                out.toString(),
                "--license",
                "BSD-3-Clause");

        assertThat(run.exitCode()).as(run.err()).isZero();
        SampleFile sample = SampleFile.load(out);
        assertThat(sample.source()).isEqualTo(DATASET + "/videos/street");
        assertThat(sample.totalListed()).isEqualTo(2);
        assertThat(sample.files())
                .containsExactlyInAnyOrder(
                        DATASET + "/videos/street/carphone_pristine.mp4", DATASET + "/videos/street/fades.mp4");
        assertNoSecrets(Files.readString(out));
        assertNoSecrets(run.err());
    }

    @Test
    void aShownPathFromASampleMaterialisesAsTheCompleteFile() {
        try (Sources sources = new Sources(S3Settings.defaults(), tmp.resolve("downloads"), w -> {})) {
            Path local = sources.materialise(DATASET + "/videos/with space \u00fc.mp4");
            assertThat(local)
                    .hasSameBinaryContentAs(HubDataset.files().get("videos/with space \u00fc.mp4"))
                    .startsWith(tmp.resolve("downloads"));
        }
    }

    @Test
    void withoutATokenAPrivateDatasetIsOneLineSayingSoWithExitCodeOne() {
        System.setProperty("HF_TOKEN", "");
        CliRun run = CliRun.of("probe", DATASET, "-q", "--no-cache");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
        assertThat(run.err())
                .contains("needs a token (HTTP 401)")
                .contains(DATASET)
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void aWrongTokenIsRefusedWithoutBeingRepeated() {
        System.setProperty("HF_TOKEN", "hf_NotTheRightOne");
        CliRun run = CliRun.of("sample", DATASET, "--nsamples", "1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
        assertThat(run.err()).contains("access denied (HTTP 401)").doesNotContain("hf_NotTheRightOne");
    }

    @Test
    void aRunCuratesAHubDatasetAndItsRecordsNameTheHubPathsNeverTheToken() throws Exception {
        Path out = tmp.resolve("run");
        CliRun run = CliRun.of(
                "run",
                "--input",
                DATASET + "/videos/street",
                "--output",
                out.toString(),
                "--splitting-algorithm",
                "fixed-stride",
                "-q",
                "--cache-dir",
                tmp.resolve("cache").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String summary = Files.readString(out.resolve("summary.json"));
        assertThat(summary).contains("\"inputs\" : 2");
        try (var records = Files.list(out.resolve("clips"))) {
            List<Path> json =
                    records.filter(p -> p.toString().endsWith(".json")).toList();
            assertThat(json).isNotEmpty();
            for (Path f : json) {
                String text = Files.readString(f);
                assertThat(text).contains(DATASET + "/videos/street/");
                assertNoSecrets(text);
            }
        }
        assertNoSecrets(Files.readString(out.resolve("config.json")));
    }
}
