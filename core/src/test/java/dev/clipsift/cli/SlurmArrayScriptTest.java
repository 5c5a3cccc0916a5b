package dev.clipsift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.TestData;
import dev.clipsift.io.Json;
import dev.clipsift.run.RunSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code packaging/slurm/clipsift-array.sbatch} as SLURM would run it, with a stand-in {@code sbatch} (SLURM
 * cannot run here) that records what it was asked and hands out job ids, and the real {@code clipsift} (this
 * build, in child processes): on a login node it submits the array {@code 0..N-1} and a summarize job that
 * depends on it ({@code afterany}); array task I runs shard I/N; the summarize job's command reports a missing
 * shard before the last task and merges the run after it.
 */
class SlurmArrayScriptTest {
    @TempDir
    Path tmp;

    @Test
    void theScriptSubmitsTheArrayAndADependentSummarizeAndEachTaskRunsItsShard() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String name : List.of("bikes.mp4", "carphone_pristine.mp4", "bigbuckbunny.mp4")) {
            Files.copy(TestData.video(name), in.resolve(name));
        }
        Path out = tmp.resolve("out");
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path calls = Files.createDirectories(tmp.resolve("sbatch-calls"));
        executable(
                bin.resolve("sbatch"),
                "n=$(( $(ls '" + calls + "' | wc -l) + 1 ))\nprintf '%s\\n' \"$@\" > '" + calls
                        + "'/$n\necho \"$n;testcluster\"\n");
        Path clipsift = executable(
                bin.resolve("clipsift"),
                "exec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                        + "' -Xmx1g -Dfile.encoding=UTF-8 dev.clipsift.cli.Main \"$@\"\n");
        Map<String, String> env = Map.of(
                "INPUT",
                in.toString(),
                "OUTPUT",
                out.toString(),
                "SHARDS",
                "2",
                "CPUS",
                "2",
                "CLIPSIFT",
                clipsift.toString(),
                "RUN_ARGS",
                "--splitting-algorithm fixed-stride --fixed-stride-split-duration 2 --limit-clips 1 --text-filter disable");

        Result submit = bash(env, bin, script().toString());
        assertThat(submit.code()).as(submit.output()).isZero();
        assertThat(submit.output()).contains("submitted array job 1 (2 shards) and summarize job 2");
        List<String> array = Files.readAllLines(calls.resolve("1"));
        assertThat(array).contains("--array=0-1", "--cpus-per-task=2", "--export=ALL");
        assertThat(array.get(array.size() - 1)).isEqualTo(script().toString());
        List<String> summarize = Files.readAllLines(calls.resolve("2"));
        assertThat(summarize).contains("--dependency=afterany:1");
        String wrap = summarize.stream()
                .filter(a -> a.startsWith("--wrap="))
                .findFirst()
                .orElseThrow()
                .substring("--wrap=".length());
        assertThat(wrap).contains("summarize \"" + out + "\"");

        Result first = bash(task(env, 0), bin, script().toString());
        assertThat(first.code()).as(first.output()).isZero();
        Result early = bash(env, bin, "-c", wrap);
        assertThat(early.code()).as(early.output()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(early.output()).contains("shards missing: 1/2");

        Result second = bash(task(env, 1), bin, script().toString());
        assertThat(second.code()).as(second.output()).isZero();
        Result merged = bash(env, bin, "-c", wrap);
        assertThat(merged.code()).as(merged.output()).isZero();
        RunSummary summary = Json.read(out.resolve("summary.json"), RunSummary.class);
        assertThat(summary.inputs()).isEqualTo(3);
        assertThat(summary.clips()).isEqualTo(3);
        assertThat(out.resolve("partitions/shard-0-of-2.json")).exists();
        assertThat(out.resolve("partitions/shard-1-of-2.json")).exists();
    }

    /** The environment SLURM gives array task {@code index}. */
    private static Map<String, String> task(Map<String, String> env, int index) {
        Map<String, String> t = new java.util.HashMap<>(env);
        t.put("SLURM_JOB_ID", "1" + index);
        t.put("SLURM_ARRAY_TASK_ID", String.valueOf(index));
        t.put("SLURM_CPUS_PER_TASK", "1");
        return t;
    }

    private record Result(int code, String output) {}

    private static Result bash(Map<String, String> env, Path bin, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("bash"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("SLURM_"));
        pb.environment().putAll(env);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), output);
    }

    private static Path executable(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    /** The script in the source tree, found above the working directory. */
    private static Path script() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path s = dir.resolve("packaging/slurm/clipsift-array.sbatch");
            if (Files.isRegularFile(s)) {
                return s;
            }
        }
        throw new IllegalStateException("packaging/slurm/clipsift-array.sbatch not found above "
                + Path.of("").toAbsolutePath());
    }
}
