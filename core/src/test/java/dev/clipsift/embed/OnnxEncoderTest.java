package dev.clipsift.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clipsift.RunRecords;
import dev.clipsift.aesthetic.TinyOnnx;
import dev.clipsift.engine.FrameSample;
import dev.clipsift.model.ClipRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's ONNX image encoder with its sidecar: checked when opened, pooled over frames, used by a run. */
class OnnxEncoderTest {
    @TempDir
    Path tmp;

    /** An encoder of 32 x 32 images to (mean R, mean G, mean B, 1) in normalised units, with its sidecar. */
    Path encoder(String sidecar) throws Exception {
        float[] w = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0};
        Path model = TinyOnnx.imageModel(tmp.resolve("rgb.onnx"), 32, w, new float[] {0, 0, 0, 1}, false);
        if (sidecar != null) {
            Files.writeString(tmp.resolve("rgb.json"), sidecar);
        }
        return model;
    }

    static List<FrameSample> solid(int b, int g, int r, int count) {
        byte[] bgr = new byte[64 * 48 * 3];
        for (int i = 0; i < bgr.length; i += 3) {
            bgr[i] = (byte) b;
            bgr[i + 1] = (byte) g;
            bgr[i + 2] = (byte) r;
        }
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> new FrameSample(i, i / 25.0, 64, 48, bgr))
                .toList();
    }

    @Test
    void framesArePreparedAsTheSidecarSaysAndPooledIntoAUnitVector() throws Exception {
        try (OnnxEncoder e = OnnxEncoder.open(encoder("{\"name\": \"tiny-rgb\", \"size\": 32}"))) {
            assertThat(e.model()).isEqualTo("tiny-rgb");
            float[] red = e.embed(solid(0, 0, 230, 3));
            float[] red2 = e.embed(solid(10, 10, 220, 20));
            float[] blue = e.embed(solid(230, 0, 0, 2));
            assertThat(red).hasSize(4);
            assertThat(WordPieceTest.dot(red, red)).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-5));
            assertThat(WordPieceTest.dot(red, red2)).isGreaterThan(WordPieceTest.dot(red, blue) + 0.5);
        }
    }

    @Test
    void aMissingSidecarOrAnInputOfAnotherSizeIsAClearError() throws Exception {
        Path bare = encoder(null);
        assertThatThrownBy(() -> OnnxEncoder.open(bare)).hasMessageContaining("rgb.json");
        Files.writeString(tmp.resolve("rgb.json"), "{\"name\": \"tiny-rgb\"}");
        assertThatThrownBy(() -> OnnxEncoder.open(bare)).hasMessageContaining("[N,3,224,224]");
        Files.writeString(tmp.resolve("rgb.json"), "{\"name\": \"Tiny RGB\", \"size\": 32}");
        assertThatThrownBy(() -> OnnxEncoder.open(bare)).hasMessageContaining("name");
    }

    @Test
    void aRunEmbedsWithTheUsersEncoderUnderItsName() throws Exception {
        Path model = encoder("{\"name\": \"tiny-rgb\", \"size\": 32}");
        Path out = tmp.resolve("out");
        RunRecords.run(
                out,
                RunRecords.shots(RunRecords.bikesIn(tmp))
                        .withFamily("embeddings", new EmbedConfig(true, model.toString(), null, 4)));
        List<ClipRecord> clips = RunRecords.clips(out);
        assertThat(clips).hasSize(5).allSatisfy(c -> {
            assertThat(c.embedding().model()).isEqualTo("tiny-rgb");
            assertThat(c.embedding().dim()).isEqualTo(4);
            assertThat(c.embedding().file()).startsWith("embeddings/tiny-rgb/");
        });
    }
}
