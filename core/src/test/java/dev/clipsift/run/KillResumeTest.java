package dev.clipsift.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.TestData;
import dev.clipsift.io.Json;
import dev.clipsift.pipeline.RunListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real run (a child JVM, SIGKILL) twice at different moments, resumes it, and compares the folder
 * with an uninterrupted run of the same settings: the same files, byte for byte, and the same records.
 */
class KillResumeTest {
    @TempDir
    Path tmp;

    private static final List<String> FLAGS = List.of(
            "--splitting-algorithm",
            "fixed-stride",
            "--fixed-stride-split-duration",
            "2",
            "--limit",
            "3",
            "--threads",
            "2",
            "-q");

    private Process start(String command, Path out) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "dev.clipsift.cli.Main",
                command));
        if (command.equals("run")) {
            cmd.addAll(List.of("--input", TestData.videos().toString(), "--output", out.toString()));
            cmd.addAll(FLAGS);
        } else {
            cmd.addAll(List.of(out.toString(), "--threads", "2", "-q"));
        }
        ProcessBuilder child = new ProcessBuilder(cmd);
        // The class path goes in the environment: ONNX Runtime (the OCR scorer) crashes in a process whose
        // command line is over 4 KB, and the test class path is longer (see dev.clipsift.engine.Onnx).
        child.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        return child.redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static long clipFiles(Path out) throws IOException {
        Path clips = out.resolve("clips");
        if (!Files.isDirectory(clips)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(clips)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".mp4")
                            && !p.getFileName().toString().startsWith("."))
                    .count();
        }
    }

    /** Kills {@code p} with SIGKILL once the folder holds more than {@code clipsBefore} clip files. */
    private static void killAfter(Process p, Path out, long clipsBefore) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (clipFiles(out) <= clipsBefore && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
    }

    private static TreeSet<String> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString())
                    .collect(TreeSet::new, TreeSet::add, TreeSet::addAll);
        }
    }

    private static JsonNode withoutRunSpecifics(Path file) throws IOException {
        JsonNode n = Json.mapper().readTree(file.toFile());
        if (n instanceof ObjectNode o) {
            o.remove(List.of("run_id", "session"));
        }
        return n;
    }

    @Test
    void aRunKilledTwiceAndResumedEndsWithExactlyTheFilesOfAnUninterruptedRun() throws Exception {
        Path killed = tmp.resolve("killed");
        killAfter(start("run", killed), killed, 0);
        assertThat(killed.resolve("summary.json"))
                .as("the first kill came before the run finished")
                .doesNotExist();
        long afterFirstKill = clipFiles(killed);
        killAfter(start("resume", killed), killed, afterFirstKill + 2);
        assertThat(killed.resolve("summary.json"))
                .as("the second kill came before the run finished")
                .doesNotExist();
        assertThat(clipFiles(killed))
                .as("complete clips from the killed sessions")
                .isGreaterThan(afterFirstKill)
                .isPositive();

        RunSummary resumed = new CurationRun(killed, 2, RunListener.NONE, w -> {}).resume();

        Path clean = tmp.resolve("clean");
        RunConfig config =
                new RunConfigReader(dev.clipsift.engine.FamilyRegistry.discover()).read(killed.resolve("config.json"));
        RunSummary uninterrupted = new CurationRun(clean, 2, RunListener.NONE, w -> {}).start(config);

        assertThat(resumed.clips()).isEqualTo(uninterrupted.clips());
        assertThat(files(killed)).isEqualTo(files(clean)).noneMatch(f -> f.endsWith(".part"));
        assertThat(files(killed).stream().filter(f -> f.endsWith(".mp4"))).hasSize(uninterrupted.clips());
        for (String f : files(clean)) {
            if (f.startsWith("locks/")) {
                continue; // a lock file holds who held it and since when, not an output
            }
            if (f.endsWith(".json")) {
                assertThat(withoutRunSpecifics(killed.resolve(f)))
                        .as(f)
                        .isEqualTo(withoutRunSpecifics(clean.resolve(f)));
            } else {
                assertThat(Files.mismatch(killed.resolve(f), clean.resolve(f)))
                        .as(f)
                        .isEqualTo(-1L);
            }
        }
        assertThat(uninterrupted.inputs()).isEqualTo(3);
        assertThat(uninterrupted.clipsOk()).isEqualTo(uninterrupted.clips()).isGreaterThan(5);
    }
}
