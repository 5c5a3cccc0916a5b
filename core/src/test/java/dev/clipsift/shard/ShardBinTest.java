package dev.clipsift.shard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShardBinTest {
    @ParameterizedTest
    @CsvSource({
        "1920, 1080, 16x9_1080p",
        "1080, 1920, 9x16_1080p",
        "1280, 720, 16x9_720p",
        "1279, 719, 16x9_lt720p",
        "1440, 1080, 4x3_1080p",
        "1080, 1440, 3x4_1080p",
        "720, 720, 1x1_720p",
        "650, 1000, 9x16_lt720p", // w/h 0.65: still 9:16
        "651, 1000, 3x4_lt720p",
        "880, 1000, 3x4_720p", // 0.88: still 3:4
        "1160, 1000, 1x1_720p", // 1.16: still 1:1
        "1550, 1000, 4x3_720p", // 1.55: still 4:3
        "1551, 1000, 16x9_720p"
    })
    void bins_by_cosmos_curates_aspect_cut_points_and_the_shorter_side(int width, int height, String bin) {
        assertThat(ShardBin.of(width, height)).isEqualTo(bin);
    }
}
