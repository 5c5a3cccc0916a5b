package dev.clipsift.app.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clipsift.source.S3Settings;
import java.net.URI;
import org.junit.jupiter.api.Test;

class S3OptionsDialogTest {

    @Test
    void filledFieldsBecomeSettingsAndEmptyOnesMeanTheDefaults() {
        assertThat(S3OptionsDialog.settings("minio", " http://localhost:9000 ", " eu-central-1 ", true))
                .isEqualTo(new S3Settings("minio", URI.create("http://localhost:9000"), "eu-central-1", true));
        assertThat(S3OptionsDialog.settings(S3OptionsDialog.DEFAULT_CHAIN, "", "  ", false))
                .isEqualTo(S3Settings.defaults());
    }

    @Test
    void anEndpointThatIsNotAnHttpUrlIsRefusedInWords() {
        assertThatThrownBy(() -> S3OptionsDialog.settings(null, "localhost:9000", "", false))
                .hasMessage("The endpoint must be an http:// or https:// URL with a host, e.g. http://localhost:9000");
        assertThatThrownBy(() -> S3OptionsDialog.settings(null, "http://exa mple", "", false))
                .hasMessage("The endpoint is not a URL: http://exa mple");
    }
}
