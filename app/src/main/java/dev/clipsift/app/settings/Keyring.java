package dev.clipsift.app.settings;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The OS keyring through libsecret's {@code secret-tool} (GNOME Keyring, KWallet's Secret Service), when it is on
 * the PATH: secrets are stored under {@code service=clipsift key=<name>}, passed on stdin and read from stdout,
 * never on a command line.
 */
final class Keyring {
    private static final long WAIT_S = 20;

    private final Path tool;

    Keyring(Path tool) {
        this.tool = tool;
    }

    /** The keyring, if {@code secret-tool} is on the PATH. */
    static Optional<Keyring> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "secret-tool");
            if (Files.isExecutable(p)) {
                return Optional.of(new Keyring(p));
            }
        }
        return Optional.empty();
    }

    void store(String name, String secret) throws IOException {
        Process p = start(List.of("store", "--label=ClipSift " + name, "service", "clipsift", "key", name));
        try (OutputStream in = p.getOutputStream()) {
            in.write(secret.getBytes(StandardCharsets.UTF_8));
        }
        if (finish(p) != 0) {
            throw new IOException("secret-tool could not store the secret (is the keyring unlocked?)");
        }
    }

    Optional<String> lookup(String name) throws IOException {
        Process p = start(List.of("lookup", "service", "clipsift", "key", name));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return finish(p) == 0 && !out.isEmpty() ? Optional.of(out) : Optional.empty();
    }

    private Process start(List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(tool.toString());
        command.addAll(args);
        return new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static int finish(Process p) throws IOException {
        try {
            if (!p.waitFor(WAIT_S, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("secret-tool did not answer within " + WAIT_S + " s");
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted while waiting for secret-tool", e);
        }
    }
}
