package dev.clipsift.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs {@code clipsift ARGS} in-process and keeps what it printed. */
public record CliRun(int exitCode, String out, String err) {
    /** Quiet, 2 threads, 2-second fixed-stride clips, one clip a video: a run that is quick but does every stage. */
    public static final List<String> ONE_CLIP_A_VIDEO = List.of(
            "-q",
            "--threads",
            "2",
            "--splitting-algorithm",
            "fixed-stride",
            "--fixed-stride-split-duration",
            "2",
            "--limit-clips",
            "1");

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** {@code clipsift run} over {@code in} into {@code out} in 2-second fixed-stride clips, quietly, with {@code more} flags. */
    public static CliRun runInTwoSecondClips(Path in, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "run",
                "--input",
                in.toString(),
                "--output",
                out.toString(),
                "--splitting-algorithm",
                "fixed-stride",
                "--fixed-stride-split-duration",
                "2",
                "-q"));
        args.addAll(List.of(more));
        return of(args.toArray(String[]::new));
    }
}
