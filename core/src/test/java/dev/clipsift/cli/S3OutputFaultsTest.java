package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.TestData;
import dev.clipsift.source.FaultProxy;
import dev.clipsift.source.S3TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** An S3 output that cannot be written: a clip whose upload fails waits in staging for {@code resume}; an unreachable output endpoint stops the run before any work. */
class S3OutputFaultsTest extends S3RunCase {
    @Test
    void aClipThatCannotBeUploadedStaysStagedAndResumeUploadsIt() throws Exception {
        S3TestServer.put(BUCKET, "one/carphone_pristine.mp4", TestData.video("carphone_pristine.mp4"));
        Path staging = tmp.resolve("staging");
        String output = "s3://" + BUCKET + "/out/faulty";
        try (FaultProxy proxy = new FaultProxy(S3TestServer.endpoint())) {
            proxy.policy((n, path) -> path.contains("/out/faulty/clips/") && path.contains(".mp4")
                    ? FaultProxy.Fault.DROP
                    : FaultProxy.Fault.NONE);
            String via = proxy.uri().toString();
            CliRun run = CliRun.of(runArgs(
                    "s3://" + BUCKET + "/one", output, "--staging", staging.toString(), "--output-s3-endpoint", via));
            assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
            assertThat(run.err())
                    .contains("1 finished videos could not be uploaded to " + output + "/")
                    .contains("'clipsift resume' uploads them")
                    .doesNotContain("\tat ");
            assertThat(objects("out/faulty/")).containsOnlyKeys("config.json");
            try (Stream<Path> staged = Files.walk(staging.resolve("clips"))) {
                assertThat(staged.filter(f -> f.toString().endsWith(".mp4")))
                        .as("the clip waits in staging")
                        .hasSize(1);
            }

            proxy.policy((n, path) -> FaultProxy.Fault.NONE);
            CliRun resume = resume(output, staging, "--output-s3-endpoint", via);
            assertThat(resume.exitCode()).as(resume.err()).isEqualTo(ExitCodes.OK);
            assertThat(resume.out()).contains("this session: 0 videos processed, 1 already done");
        }
        assertThat(objects("out/faulty/"))
                .as("config, summary, the video record, its clip and clip record")
                .hasSize(5);
    }

    @Test
    void anOutputEndpointOfItsOwnIsUsedForTheOutputOnly() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CliRun run = CliRun.of(runArgs(
                "s3://" + BUCKET + "/in",
                "s3://" + BUCKET + "/out/elsewhere",
                "--output-s3-endpoint",
                "http://127.0.0.1:" + port));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_INTERNAL);
        assertThat(run.err())
                .contains("endpoint unreachable")
                .contains("127.0.0.1:" + port)
                .doesNotContain("\tat ");
        assertThat(objects("out/elsewhere/")).isEmpty();
    }
}
