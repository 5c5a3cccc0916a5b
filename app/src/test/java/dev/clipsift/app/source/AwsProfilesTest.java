package dev.clipsift.app.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsProfilesTest {
    @TempDir
    Path home;

    private void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void profilesComeFromProfileSectionsOfTheConfigAndEverySectionOfTheCredentialsWithDefaultFirst()
            throws IOException {
        write(
                home.resolve(".aws/config"),
                """
                [default]
                region = eu-west-1
                [profile work]
                region = us-east-1
                [sso-session corp]
                sso_region = us-east-1
                [services local]
                """);
        write(
                home.resolve(".aws/credentials"),
                """
                [ci]
                aws_access_key_id = AKIAEXAMPLE
                [work]
                aws_access_key_id = AKIAEXAMPLE2
                """);

        assertThat(AwsProfiles.find(Map.of(), home)).containsExactly("default", "ci", "work");
    }

    @Test
    void theEnvironmentNamesOtherFilesAndMissingFilesGiveNoProfiles() throws IOException {
        Path config = home.resolve("elsewhere/cfg");
        Path credentials = home.resolve("elsewhere/creds");
        write(config, "[profile minio]\n");
        write(credentials, "[  backup  ]\n");
        write(home.resolve(".aws/config"), "[profile ignored]\n");

        assertThat(AwsProfiles.find(
                        Map.of(
                                "AWS_CONFIG_FILE",
                                config.toString(),
                                "AWS_SHARED_CREDENTIALS_FILE",
                                credentials.toString()),
                        home))
                .containsExactly("backup", "minio");
        assertThat(AwsProfiles.find(Map.of(), home.resolve("nobody"))).isEmpty();
    }
}
