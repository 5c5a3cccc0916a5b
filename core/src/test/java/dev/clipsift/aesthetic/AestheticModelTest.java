package dev.clipsift.aesthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.clipsift.TestFrames;
import dev.clipsift.TestVideos;
import dev.clipsift.engine.FilterMode;
import dev.clipsift.engine.FrameSample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The aesthetic model on frames of generated videos, with tiny real ONNX models written at test time: scores
 * follow the pixels through CLIP's preprocessing (RGB order, normalisation), the reductions differ on a clip
 * that changes, a separate head sees L2-normalised embeddings, and bad files are clear errors.
 */
class AestheticModelTest {
    static final float[] MEAN = {0.48145466f, 0.4578275f, 0.40821073f};
    static final float[] STD = {0.26862954f, 0.26130258f, 0.27577711f};

    /** How far a video's score may be from its painted pixels': a few grey levels of H.264 and YUV rounding. */
    static final double VIDEO = 0.25;

    @TempDir
    Path tmp;

    /** A clip of {@code seconds} at 25 fps, 320x180, each frame one BGR colour: {@code colour(second)}. */
    Path clip(String name, int seconds, java.util.function.IntFunction<int[]> colour) throws IOException {
        return TestVideos.video(320, 180, 25, seconds * 25)
                .codec("libopenh264")
                .write(tmp.resolve(name + ".mp4"), (i, bgr, w, h) -> {
                    int[] c = colour.apply(i / 25);
                    for (int p = 0; p < bgr.length; p += 3) {
                        bgr[p] = (byte) c[0];
                        bgr[p + 1] = (byte) c[1];
                        bgr[p + 2] = (byte) c[2];
                    }
                });
    }

    List<FrameSample> frames(Path video) throws IOException {
        AestheticConfig c = new AestheticConfig(null, video.toString(), null, null, null, null);
        return TestFrames.of(video, new AestheticStage(c).frameNeed(), Integer.MAX_VALUE);
    }

    /** The tiny model's score of a uniform frame of grey {@code v}: the sum of its normalised R, G, B planes + 5. */
    static double expectedGrey(int v) {
        double s = 5;
        for (int c = 0; c < 3; c++) {
            s += (v / 255.0 - MEAN[c]) / STD[c];
        }
        return s;
    }

    Path brightness() throws IOException {
        return TinyOnnx.imageModel(tmp.resolve("brightness.onnx"), 224, new float[] {1, 1, 1}, new float[] {5}, false);
    }

    @Test
    void scoresFollowThePixelsThroughClipsPreprocessing() throws Exception {
        Path bright = clip("bright", 2, s -> new int[] {220, 220, 220});
        Path dark = clip("dark", 2, s -> new int[] {30, 30, 30});
        Path red = clip("red", 1, s -> new int[] {0, 0, 255});
        Path redOnly = TinyOnnx.imageModel(tmp.resolve("red.onnx"), 224, new float[] {1, 0, 0}, new float[] {0}, true);

        try (AestheticModel m = AestheticModel.open(brightness(), null);
                AestheticModel r = AestheticModel.open(redOnly, null)) {
            float[] b = m.score(frames(bright));
            float[] d = m.score(frames(dark));
            assertThat(b).hasSize(2);
            for (float x : b) {
                assertThat((double) x).isCloseTo(expectedGrey(220), within(VIDEO));
            }
            for (float x : d) {
                assertThat((double) x).isCloseTo(expectedGrey(30), within(VIDEO));
            }
            assertThat(b[0]).isGreaterThan(d[0] + 5);
            assertThat((double) r.score(frames(red))[0])
                    .as("the R plane comes first, normalised with R's mean and std")
                    .isCloseTo((1 - MEAN[0]) / STD[0], within(0.1));
        }
    }

    @Test
    void minAndMeanDifferOnAClipThatChanges() throws Exception {
        Path changing = clip("changing", 4, s -> s < 2 ? new int[] {30, 30, 30} : new int[] {220, 220, 220});
        try (AestheticModel m = AestheticModel.open(brightness(), null)) {
            float[] scores = m.score(frames(changing));
            assertThat(scores).hasSize(4);
            assertThat(Reduction.MIN.of(scores)).isCloseTo(expectedGrey(30), within(VIDEO));
            assertThat(Reduction.MEAN.of(scores))
                    .isCloseTo((expectedGrey(30) + expectedGrey(220)) / 2, within(VIDEO))
                    .isGreaterThan(Reduction.MIN.of(scores) + 2);
        }
    }

    @Test
    void framesGoInBatchesAndKeepTheirOrder() throws Exception {
        List<FrameSample> many = new ArrayList<>();
        for (int i = 0; i < 2 * AestheticModel.BATCH + 3; i++) {
            byte[] bgr = new byte[64 * 48 * 3];
            Arrays.fill(bgr, (byte) (i * 6));
            many.add(new FrameSample(i, i, 64, 48, bgr));
        }
        try (AestheticModel m = AestheticModel.open(brightness(), null)) {
            float[] all = m.score(many);
            for (int i = 0; i < many.size(); i++) {
                assertThat(all[i]).isEqualTo(m.score(List.of(many.get(i)))[0], within(1e-4f));
                assertThat((double) all[i]).isCloseTo(expectedGrey(i * 6), within(0.02));
            }
        }
    }

    @Test
    void aHeadScoresTheL2NormalisedEmbedding() throws Exception {
        // embedding = (mean R, mean G, mean B, 1) in CLIP's normalised units; scaled by 10 in the second encoder
        float[] w = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0};
        float[] w10 = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            w10[i] = 10 * w[i];
        }
        Path encoder = TinyOnnx.imageModel(tmp.resolve("enc.onnx"), 224, w, new float[] {0, 0, 0, 1}, false);
        Path encoder10 = TinyOnnx.imageModel(tmp.resolve("enc10.onnx"), 224, w10, new float[] {0, 0, 0, 10}, false);
        Path head = TinyOnnx.head(tmp.resolve("head.onnx"), new float[] {1, 1, 1, 0}, 5);
        List<FrameSample> bright = frames(clip("bright", 1, s -> new int[] {220, 220, 220}));
        List<FrameSample> dark = frames(clip("dark", 1, s -> new int[] {30, 30, 30}));

        try (AestheticModel m = AestheticModel.open(encoder, head);
                AestheticModel m10 = AestheticModel.open(encoder10, head)) {
            assertThat(m.score(bright)[0]).isGreaterThan(m.score(dark)[0] + 1);
            assertThat(m10.score(bright)[0]).as("scale-free").isCloseTo(m.score(bright)[0], within(1e-3f));
            double[] e = new double[4];
            for (int c = 0; c < 3; c++) {
                e[c] = (220 / 255.0 - MEAN[c]) / STD[c];
            }
            e[3] = 1;
            double norm = Math.sqrt(Arrays.stream(e).map(x -> x * x).sum());
            assertThat((double) m.score(bright)[0]).isCloseTo(5 + (e[0] + e[1] + e[2]) / norm, within(0.05));
        }
    }

    @Test
    void badFilesAreClearErrorsNamingTheFileBeforeTheRun() throws Exception {
        Path wrongSize =
                TinyOnnx.imageModel(tmp.resolve("256.onnx"), 256, new float[] {1, 1, 1}, new float[] {5}, false);
        Path embedding = TinyOnnx.imageModel(tmp.resolve("emb.onnx"), 224, new float[15], new float[5], false);
        Path garbage = Files.writeString(tmp.resolve("garbage.onnx"), "not a model");
        Path missing = tmp.resolve("missing.onnx");

        assertThatThrownBy(() -> stage(wrongSize, null).validate())
                .hasMessageContaining(wrongSize.toString())
                .hasMessageContaining("[N,3,256,256]")
                .hasMessageContaining("expected [N,3,224,224]");
        assertThatThrownBy(() -> stage(embedding, null).validate())
                .hasMessageContaining(embedding.toString())
                .hasMessageContaining("gives [N,5], expected a score [N,1] or [N]");
        assertThatThrownBy(() -> stage(garbage, null).validate())
                .hasMessageContaining(garbage.toString())
                .hasMessageContaining("cannot be loaded as ONNX");
        assertThatThrownBy(() -> stage(missing, null).validate()).hasMessageContaining(missing + " does not exist");
        Path head3 = TinyOnnx.head(tmp.resolve("head3.onnx"), new float[] {1, 1, 1}, 0);
        assertThatThrownBy(() -> stage(embedding, head3).validate())
                .hasMessageContaining("takes embeddings of 3")
                .hasMessageContaining("gives 5");
        assertThatThrownBy(() -> new AestheticConfig(FilterMode.ENABLE, null, null, null, null, null))
                .hasMessageContaining("needs aesthetic.model");
    }

    static AestheticStage stage(Path model, Path head) {
        return new AestheticStage(
                new AestheticConfig(null, model.toString(), head == null ? null : head.toString(), null, null, null));
    }
}
