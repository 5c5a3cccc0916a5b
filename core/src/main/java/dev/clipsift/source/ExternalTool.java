package dev.clipsift.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An external program a source runs (rclone, yt-dlp): started with its standard error going to a temp file (read
 * back for the message when it fails, so no thread is needed to drain it), and a clear error when the program is
 * not there. {@code redact} rewrites anything the program prints before it reaches a message (rclone echoes
 * connection strings, which may hold keys).
 */
final class ExternalTool {
    private final String name;
    private final String program;
    private final String installHint;
    private final UnaryOperator<String> redact;

    ExternalTool(String name, String program, String installHint, UnaryOperator<String> redact) {
        this.name = name;
        this.program = program;
        this.installHint = installHint;
        this.redact = redact;
    }

    /** A started run of the program: its process and the file its standard error goes to. */
    final class Run implements AutoCloseable {
        private final Process process;
        private final Path errors;

        private Run(Process process, Path errors) {
            this.process = process;
            this.errors = errors;
        }

        Process process() {
            return process;
        }

        /** Waits for the program; its exit status. A cancelled wait stops it. */
        int await() {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new SourceException(name + " was stopped (the work was cancelled)", e);
            }
        }

        /** What it printed on standard error, redacted; the lines that say what went wrong. */
        String errorText() {
            try {
                return redact.apply(
                        Files.readString(errors, StandardCharsets.UTF_8).strip());
            } catch (IOException e) {
                return "(its messages could not be read: " + e.getMessage() + ")";
            }
        }

        @Override
        public void close() {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
            DownloadCache.discard(errors);
        }
    }

    /** Starts {@code program args...}; standard output goes where {@code out} says. */
    Run start(List<String> args, ProcessBuilder.Redirect out) {
        Path errors;
        try {
            errors = Files.createTempFile("clipsift-" + name, ".log");
        } catch (IOException e) {
            throw new SourceException("cannot make a temp file for " + name + "'s messages: " + e.getMessage(), e);
        }
        List<String> command = new ArrayList<>();
        command.add(program);
        command.addAll(args);
        try {
            Process p = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .redirectOutput(out)
                    .redirectError(errors.toFile())
                    .start();
            return new Run(p, errors);
        } catch (IOException e) {
            DownloadCache.discard(errors);
            throw new SourceException(
                    name + " is not installed (cannot run '" + program + "': " + e.getMessage() + "); " + installHint,
                    e);
        }
    }

    /** Runs the program to the end with its output in {@code outFile}; the error text when it exits non-zero, else null. */
    String runTo(List<String> args, Path outFile) {
        try (Run run = start(args, ProcessBuilder.Redirect.to(outFile.toFile()))) {
            return run.await() == 0 ? null : run.errorText();
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
