package dev.clipsift.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.split.ShotSplitter.SplitResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedVideoCutsTest {
    private static final int W = 160;
    private static final int H = 90;
    private static final List<Integer> CUTS = List.of(20, 45, 70);
    private static final List<Integer> LETTERBOX_CUTS = List.of(18, 40, 77);

    @TempDir
    static Path dir;

    static Path hardCuts;
    static Path letterboxed;
    static Path fade;

    @BeforeAll
    static void writeVideos() throws Exception {
        hardCuts = SyntheticVideo.write(
                dir.resolve("hard cuts.mp4"),
                W,
                H,
                25,
                100,
                (i, bgr, w, h) -> SyntheticVideo.paintShot(shotAt(i, CUTS), i, bgr, w, 0, h, 1.0));
        int bar = 20;
        letterboxed = SyntheticVideo.write(dir.resolve("letterboxed.mp4"), W, H, 25, 100, (i, bgr, w, h) -> {
            java.util.Arrays.fill(bgr, (byte) 0);
            SyntheticVideo.paintShot(shotAt(i, LETTERBOX_CUTS), i, bgr, w, bar, h - bar, 1.0);
        });
        fade = SyntheticVideo.write(
                dir.resolve("fade.mp4"),
                W,
                H,
                25,
                100,
                (i, bgr, w, h) -> SyntheticVideo.paintShot(i < 50 ? 0 : 1, i, bgr, w, 0, h, fadeLevel(i)));
    }

    private static int shotAt(int frame, List<Integer> cuts) {
        return (int) cuts.stream().filter(c -> frame >= c).count();
    }

    /** Full brightness, fading out over frames 30..39, black 40..49, fading in over 50..59 into another shot. */
    private static double fadeLevel(int i) {
        if (i < 30 || i >= 60) {
            return 1.0;
        }
        if (i < 40) {
            return (39 - i) / 10.0;
        }
        if (i < 50) {
            return 0.0;
        }
        return (i - 49) / 10.0;
    }

    private static SplitResult split(Path video, String algorithm, Map<String, Object> params) throws Exception {
        return ShotSplitters.create(new SplitConfig(algorithm, params)).split(video, () -> false);
    }

    @Test
    void contentDetectorFindsEveryHardCutOnItsFirstFrame() throws Exception {
        SplitResult r = split(hardCuts, "content", Map.of());
        assertThat(r.frames()).isEqualTo(100);
        assertThat(r.cuts()).isEqualTo(CUTS);
        assertThat(r.shots()).containsExactly(new Shot(0, 19), new Shot(20, 44), new Shot(45, 69), new Shot(70, 99));
    }

    @Test
    void adaptiveDetectorFindsEveryHardCut() throws Exception {
        assertThat(split(hardCuts, "adaptive", Map.of()).cuts()).isEqualTo(CUTS);
    }

    @Test
    void edgeComponentAloneFindsCutsBetweenDifferentTextures() throws Exception {
        Map<String, Object> edgesOnly = Map.of("delta_hue", 0, "delta_sat", 0, "delta_lum", 0, "delta_edges", 1);
        assertThat(split(hardCuts, "content", edgesOnly).cuts()).isEqualTo(CUTS);
    }

    @Test
    void fullSizeAnalysisFindsTheSameCutsAsTheDownscaledDefault() throws Exception {
        assertThat(split(hardCuts, "content", Map.of("downscale", 1)).cuts()).isEqualTo(CUTS);
    }

    @Test
    void minSceneLenCountsFromTheLastFrameAboveTheThresholdAsPySceneDetectsMergeFilterDoes() throws Exception {
        // merge: 20 is too close to the start, so it only moves the reference; 45 and 70 are 25 frames on
        assertThat(split(hardCuts, "content", Map.of("min_scene_len", 22)).cuts())
                .isEqualTo(List.of(45, 70));
        assertThat(split(hardCuts, "content", Map.of("min_scene_len", "1s")).cuts())
                .isEqualTo(List.of(45, 70));
        assertThat(split(hardCuts, "content", Map.of("min_scene_len", 30)).cuts())
                .isEmpty();
        assertThat(split(hardCuts, "content", Map.of("min_scene_len", 5)).cuts())
                .isEqualTo(CUTS);
    }

    @Test
    void suppressModeMeasuresMinSceneLenFromTheLastCut() throws Exception {
        assertThat(split(hardCuts, "content", Map.of("min_scene_len", 30, "filter_mode", "suppress"))
                        .cuts())
                .isEqualTo(List.of(45));
    }

    @Test
    void letterboxBarsDoNotHideOrMoveCuts() throws Exception {
        assertThat(split(letterboxed, "content", Map.of()).cuts()).isEqualTo(LETTERBOX_CUTS);
        assertThat(split(letterboxed, "adaptive", Map.of()).cuts()).isEqualTo(LETTERBOX_CUTS);
        assertThat(split(letterboxed, "threshold", Map.of()).cuts()).isEmpty();
    }

    @Test
    void thresholdDetectorCutsAFadeThroughBlackMidwayBetweenItsCrossings() throws Exception {
        // painted mean brightness crosses 12 downwards at frame 38 (level 0.1) and back at 51 (level 0.2)
        int out = firstFrame(30, i -> meanPainted(i) < 12);
        int in = firstFrame(out, i -> meanPainted(i) >= 12);
        SplitResult r = split(fade, "threshold", Map.of());
        assertThat(r.cuts()).containsExactly((out + in + 1) / 2);
        assertThat(split(fade, "threshold", Map.of("fade_bias", 1.0)).cuts()).containsExactly(in);
        assertThat(split(fade, "threshold", Map.of("fade_bias", -1.0)).cuts()).containsExactly(out);
    }

    @Test
    void endingFadedOutAddsAFinalSceneOnlyWhenAsked() throws Exception {
        Path endsBlack = SyntheticVideo.write(
                dir.resolve("ends black.mp4"),
                W,
                H,
                25,
                60,
                (i, bgr, w, h) -> SyntheticVideo.paintShot(0, i, bgr, w, 0, h, i < 40 ? fadeLevel(i) : 0.0));
        int out = firstFrame(30, i -> meanPainted(i) < 12);
        assertThat(split(endsBlack, "threshold", Map.of()).cuts()).isEmpty();
        assertThat(split(endsBlack, "threshold", Map.of("add_final_scene", true))
                        .cuts())
                .containsExactly(out);
    }

    private static int firstFrame(int from, java.util.function.IntPredicate p) {
        int i = from;
        while (!p.test(i)) {
            i++;
        }
        return i;
    }

    private static double meanPainted(int i) {
        byte[] bgr = new byte[W * H * 3];
        SyntheticVideo.paintShot(i < 50 ? 0 : 1, i, bgr, W, 0, H, fadeLevel(i));
        return ThresholdDetector.meanBgr(bgr, bgr.length);
    }
}
