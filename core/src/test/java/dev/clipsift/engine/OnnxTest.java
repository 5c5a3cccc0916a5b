package dev.clipsift.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ONNX Runtime kills a JVM whose command line is over 4 KB; a run that needs it (the OCR scorer) must say so
 * and exit, not vanish with a segmentation fault.
 */
class OnnxTest {
    @TempDir
    Path tmp;

    @Test
    void aRunInAProcessWithATooLongCommandLineFailsWithAClearErrorInsteadOfCrashing() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(TestData.video("bigbuckbunny.mp4"), in.resolve("b.mp4"));
        ProcessBuilder child = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dpadding=" + "x".repeat(5000),
                "dev.clipsift.cli.Main",
                "run",
                "--input",
                in.toString(),
                "--output",
                tmp.resolve("out").toString(),
                "-q"));
        child.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        Process p = child.redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("ONNX Runtime cannot start").contains("command line is");
        assertThat(tmp.resolve("out"))
                .as("nothing written: it failed before the run began")
                .doesNotExist();
    }

    @Test
    void thisTestJvmsCommandLineIsShortEnough() {
        assertThat(Onnx.commandLineLength()).isPositive().isLessThan(Onnx.MAX_COMMAND_LINE);
    }
}
