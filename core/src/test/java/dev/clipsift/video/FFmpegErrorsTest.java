package dev.clipsift.video;

import static org.assertj.core.api.Assertions.assertThat;

import org.bytedeco.ffmpeg.global.avutil;
import org.junit.jupiter.api.Test;

class FFmpegErrorsTest {
    @Test
    void anErrorIsDescribedByFFmpegsOwnShortMessageWithNothingAfterIt() {
        String text = FFmpegErrors.describe(avutil.AVERROR_INVALIDDATA());

        assertThat(text).matches("[\\x20-\\x7e]+").hasSizeLessThan(80).containsIgnoringCase("invalid data");
    }
}
