package dev.clipsift.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keyring protocol: this machine has no libsecret, so a stand-in {@code secret-tool} (a shell script speaking
 * its store/lookup command line) keeps the secret; the secret travels on stdin and stdout, never as an argument.
 */
class KeyringTest {
    @TempDir
    Path tmp;

    private Path standIn() throws IOException {
        Path tool = tmp.resolve("secret-tool");
        Files.writeString(
                tool,
                String.join(
                        "\n",
                        "#!/bin/sh",
                        "dir=\"$(dirname \"$0\")\"",
                        "echo \"$@\" >> \"$dir/argv\"",
                        "case \"$1\" in",
                        "  store) [ \"$3 $4 $5\" = \"service clipsift key\" ] || exit 2; cat > \"$dir/kept-$6\" ;;",
                        "  lookup) [ -f \"$dir/kept-$5\" ] || exit 1; cat \"$dir/kept-$5\" ;;",
                        "  *) exit 2 ;;",
                        "esac",
                        ""),
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwx------"));
        return tool;
    }

    @Test
    void aKeyGoesToTheKeyringOnStdinAndComesBackInALaterSession() throws IOException {
        Path tool = standIn();
        String key = "sk-" + UUID.randomUUID();

        Secrets first = Secrets.with(new Keyring(tool));
        assertThat(first.get(Secrets.CAPTIONING_API_KEY))
                .as("nothing stored yet")
                .isEmpty();
        assertThat(first.put(Secrets.CAPTIONING_API_KEY, key)).isEqualTo(Secrets.Kept.KEYRING);

        Secrets later = Secrets.with(new Keyring(tool));
        assertThat(later.get(Secrets.CAPTIONING_API_KEY)).contains(key);
        assertThat(Files.readString(tmp.resolve("argv")))
                .contains("lookup service clipsift key")
                .doesNotContain(key);
    }

    @Test
    void aKeyringThatRefusesLeavesTheKeyForThisSessionOnly() throws IOException {
        Path broken = Files.writeString(tmp.resolve("secret-tool"), "#!/bin/sh\nexit 1\n");
        Files.setPosixFilePermissions(broken, PosixFilePermissions.fromString("rwx------"));

        Secrets secrets = Secrets.with(new Keyring(broken));
        assertThat(secrets.put(Secrets.CAPTIONING_API_KEY, "k-1234")).isEqualTo(Secrets.Kept.SESSION);
        assertThat(secrets.get(Secrets.CAPTIONING_API_KEY)).contains("k-1234");
    }
}
