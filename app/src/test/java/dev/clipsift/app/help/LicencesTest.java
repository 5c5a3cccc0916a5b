package dev.clipsift.app.help;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The FFmpeg notice names the licence the loaded build states, LGPL or GPL (the -Pgpl build), with its text. */
class LicencesTest {
    @Test
    void theLicenceFfmpegStatesIsNamedWithWhereToReadIt() {
        assertThat(Licences.licenceText("LGPL version 3 or later"))
                .isEqualTo("GNU Lesser General Public License 3: https://www.gnu.org/licenses/lgpl-3.0.html");
        assertThat(Licences.licenceText("LGPL version 2.1 or later"))
                .isEqualTo(
                        "GNU Lesser General Public License 2.1: https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html");
        assertThat(Licences.licenceText("GPL version 2 or later"))
                .isEqualTo("GNU General Public License 2: https://www.gnu.org/licenses/old-licenses/gpl-2.0.html");
        assertThat(Licences.licenceText("GPL version 3 or later"))
                .isEqualTo("GNU General Public License 3: https://www.gnu.org/licenses/gpl-3.0.html");
    }
}
