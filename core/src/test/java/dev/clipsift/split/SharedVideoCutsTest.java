package dev.clipsift.split;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.TestData;
import dev.clipsift.io.Json;
import dev.clipsift.split.ShotSplitter.SplitResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shared videos against ground_truth.json: its human-annotated hard cuts and PySceneDetect's reference
 * outputs (scene starts include frame 0; cuts do not).
 */
class SharedVideoCutsTest {
    private static JsonNode truth;

    @BeforeAll
    static void readGroundTruth() throws Exception {
        truth = Json.mapper().readTree(TestData.video("ground_truth.json").toFile());
    }

    private static JsonNode entry(String file) {
        for (JsonNode v : truth.get("videos")) {
            if (v.get("file").asText().equals(file)) {
                return v;
            }
        }
        throw new IllegalArgumentException(file + " not in ground_truth.json");
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }

    /** The reference output whose name starts with {@code prefix}, field {@code field}. */
    private static List<Integer> reference(String file, String prefix, String field) {
        var it = entry(file).get("reference_outputs").properties().iterator();
        while (it.hasNext()) {
            var e = it.next();
            if (e.getKey().startsWith(prefix)) {
                return ints(e.getValue().get(field));
            }
        }
        throw new IllegalArgumentException("no reference output '" + prefix + "' for " + file);
    }

    private static List<Integer> withoutFrameZero(List<Integer> sceneStarts) {
        assertThat(sceneStarts.get(0)).isZero();
        return sceneStarts.subList(1, sceneStarts.size());
    }

    private static SplitResult split(String file, String algorithm, Map<String, Object> params) throws Exception {
        Path video = TestData.video(file);
        return ShotSplitters.create(new SplitConfig(algorithm, params)).split(video, () -> false);
    }

    @Test
    void contentDetectorFindsEveryHardCutOfBikesExactly() throws Exception {
        SplitResult r = split("bikes.mp4", "content", Map.of());
        assertThat(r.frames()).isEqualTo(entry("bikes.mp4").get("frame_count").asInt());
        assertThat(r.cuts())
                .isEqualTo(ints(entry("bikes.mp4").get("hard_cuts")))
                .isEqualTo(List.of(30, 76, 137, 187, 242));
        List<List<Integer>> shots =
                r.shots().stream().map(s -> List.of(s.start(), s.end())).toList();
        List<List<Integer>> expected = new ArrayList<>();
        entry("bikes.mp4").get("shots").forEach(s -> expected.add(ints(s)));
        assertThat(shots).isEqualTo(expected);
    }

    @Test
    void adaptiveDetectorAlsoFindsEveryHardCutOfBikes() throws Exception {
        assertThat(split("bikes.mp4", "adaptive", Map.of()).cuts())
                .isEqualTo(ints(entry("bikes.mp4").get("hard_cuts")));
    }

    @Test
    void oneContinuousShotOfBigBuckBunnyStaysOneShot() throws Exception {
        for (String algorithm : List.of("content", "adaptive", "threshold")) {
            SplitResult r = split("bigbuckbunny.mp4", algorithm, Map.of());
            assertThat(r.shots()).as(algorithm).containsExactly(new Shot(0, 131));
        }
    }

    @Test
    void contentDetectorMatchesPySceneDetectOnTestvideo() throws Exception {
        assertThat(split("testvideo.mp4", "content", Map.of()).cuts())
                .isEqualTo(reference("testvideo.mp4", "PySceneDetect ContentDetector() default", "cuts"))
                .isEqualTo(List.of(30, 180, 394));
        assertThat(split("testvideo.mp4", "content", Map.of("threshold", 30)).cuts())
                .isEqualTo(reference("testvideo.mp4", "PySceneDetect ContentDetector(threshold=30)", "cuts"));
    }

    @Test
    void adaptiveDetectorMatchesPySceneDetectOnTestvideoIncludingTheFadeCut() throws Exception {
        assertThat(split("testvideo.mp4", "adaptive", Map.of()).cuts())
                .isEqualTo(reference("testvideo.mp4", "PySceneDetect AdaptiveDetector() default", "cuts"))
                .isEqualTo(List.of(30, 180, 394, 691));
        assertThat(split("testvideo.mp4", "adaptive", Map.of("adaptive_threshold", 5.0))
                        .cuts())
                .isEqualTo(reference("testvideo.mp4", "PySceneDetect AdaptiveDetector(adaptive_threshold=5.0)", "cuts"))
                .isEqualTo(List.of(30, 180, 394));
    }

    @Test
    void thresholdDetectorMatchesPySceneDetectOnTestvideo() throws Exception {
        // the reference ran over frames 0..500; the rest of the video ends faded out, which adds no cut
        assertThat(split("testvideo.mp4", "threshold", Map.of()).cuts())
                .isEqualTo(withoutFrameZero(reference(
                        "testvideo.mp4", "PySceneDetect ThresholdDetector() default", "scene_starts_in_test")))
                .isEqualTo(List.of(15, 198, 377));
    }

    @Test
    void thresholdDetectorMatchesPySceneDetectOnFadesWithFloorAndCeiling() throws Exception {
        assertThat(split("fades.mp4", "threshold", Map.of()).cuts())
                .isEqualTo(withoutFrameZero(
                        reference("fades.mp4", "PySceneDetect ThresholdDetector() default", "scene_starts")))
                .isEqualTo(List.of(84, 167));
        assertThat(split(
                                "fades.mp4",
                                "threshold",
                                Map.of("threshold", 11.0, "method", "floor", "add_final_scene", true))
                        .cuts())
                .isEqualTo(withoutFrameZero(
                        reference("fades.mp4", "PySceneDetect ThresholdDetector(threshold=11.0", "scene_starts")))
                .isEqualTo(List.of(84, 167, 245));
        assertThat(split(
                                "fades.mp4",
                                "threshold",
                                Map.of("threshold", 243.0, "method", "ceiling", "add_final_scene", true))
                        .cuts())
                .isEqualTo(withoutFrameZero(
                        reference("fades.mp4", "PySceneDetect ThresholdDetector(threshold=243.0", "scene_starts")))
                .isEqualTo(List.of(42, 126, 209));
    }

    @Test
    void fastCutDetectorsFindNoCutsInSlowFades() throws Exception {
        assertThat(split("fades.mp4", "content", Map.of()).cuts()).isEmpty();
        assertThat(split("fades.mp4", "adaptive", Map.of()).cuts()).isEmpty();
    }
}
