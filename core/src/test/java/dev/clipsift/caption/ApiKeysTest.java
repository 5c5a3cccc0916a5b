package dev.clipsift.caption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiKeysTest {
    /** A variable no environment sets, so the held key is what the server gets. */
    private static final String VARIABLE = "CLIPSIFT_TEST_KEY_NOT_IN_ENV";

    @AfterEach
    void forget() {
        ApiKeys.holdFrom(name -> Optional.empty());
    }

    @Test
    void aServerWithoutTheVariableInItsEnvironmentUsesTheKeyTheApplicationHolds() throws Exception {
        Server server = new Server("http://127.0.0.1:1/v1", "m", VARIABLE, null);
        assertThat(System.getenv(VARIABLE)).isNull();
        assertThat(server.apiKey()).isNull();

        ApiKeys.holdFrom(name -> name.equals(VARIABLE) ? Optional.of(" sk-held \n") : Optional.empty());
        assertThat(server.apiKey()).isEqualTo("sk-held");
        assertThat(new Server("http://127.0.0.1:1/v1", "m", "OTHER_" + VARIABLE, null).apiKey())
                .isNull();

        ApiKeys.holdFrom(name -> Optional.of("  "));
        assertThat(server.apiKey()).isNull();
    }
}
