package dev.clipsift.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class Float16Test {
    @Test
    void valuesSurviveAsHalfPrecisionWithinItsRounding() {
        float[] v = {0f, -0f, 1f, -1f, 0.1f, -0.333f, 65504f, 6.1e-5f, 1e-7f, 0.99951f};
        float[] back = new float[v.length];
        Float16.unpack(Float16.pack(v), 0, v.length, back, 0);
        for (int i = 0; i < v.length; i++) {
            assertThat(back[i]).as("value %s", v[i]).isCloseTo(v[i], within(Math.abs(v[i]) / 1024 + 6e-8f));
        }
        assertThat(Float16.toFloat(Float16.fromFloat(1f))).isEqualTo(1f);
        assertThat(Float16.fromFloat(1f)).isEqualTo((short) 0x3c00);
        assertThat(Float16.fromFloat(-2f)).isEqualTo((short) 0xc000);
        assertThat(Float16.toFloat(Float16.fromFloat(1e6f))).isInfinite();
    }
}
