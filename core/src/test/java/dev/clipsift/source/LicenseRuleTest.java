package dev.clipsift.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LicenseRuleTest {
    private final LicenseRule ccBy = new LicenseRule("CC BY");

    @Test
    void theShortFormMatchesSpdxAndSpelledOutCreativeCommonsNames() {
        assertThat(ccBy.refusal("CC BY 4.0")).isNull();
        assertThat(ccBy.refusal("CC-BY-4.0")).isNull();
        assertThat(ccBy.refusal("Creative Commons Attribution license (reuse allowed)"))
                .isNull();
        assertThat(new LicenseRule("CC BY-SA").refusal("Creative Commons Attribution-ShareAlike 4.0"))
                .isNull();
    }

    @Test
    void otherLicencesAndNoLicenceAreRefusedWithTheReason() {
        assertThat(ccBy.refusal("Standard YouTube License"))
                .isEqualTo("licence 'Standard YouTube License' does not match the required 'CC BY'");
        assertThat(ccBy.refusal(null)).contains("no licence given");
        assertThat(new LicenseRule("^CC BY( [0-9.]+)?$").refusal("CC BY-SA 4.0"))
                .isNotNull();
    }

    @Test
    void aBadPatternIsRefusedUpFront() {
        assertThatThrownBy(() -> new LicenseRule("CC (BY")).isInstanceOf(IllegalArgumentException.class);
    }
}
