package dev.clipsift.transcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clipsift.TestData;
import dev.clipsift.model.Crop;
import dev.clipsift.probe.Prober;
import dev.clipsift.probe.VideoRecord;
import dev.clipsift.split.Shot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black bars found on a clip's first frames and cropped while transcoding, with the tap seeing the crop. */
class ClipTranscoderCropTest {
    @TempDir
    static Path dir;

    /** The result of transcoding all {@code frames} frames of {@code source}, and the sizes the tap saw. */
    record Done(ClipTranscoder.Result result, VideoRecord probe, List<String> tapSizes, Path clip) {}

    static Done transcode(Path source, int frames, TranscodeConfig config) throws IOException {
        Path clip = dir.resolve("out-" + source.getFileName());
        List<String> sizes = new ArrayList<>();
        ClipTranscoder.Result r = new ClipTranscoder(config.withKeepAudio(false))
                .transcode(
                        source,
                        new Shot(0, frames - 1),
                        25,
                        clip,
                        () -> false,
                        (f, k) -> sizes.add(f.imageWidth + "x" + f.imageHeight));
        return new Done(r, new Prober().probe(clip), sizes, clip);
    }

    static Done transcode(Path source, int frames) throws IOException {
        return transcode(source, frames, TranscodeConfig.defaults());
    }

    /** Whether the first and last rows (or columns) of every decoded output picture are content, not bars. */
    static void assertNoDarkEdges(Path clip, boolean columns) throws IOException {
        assertThat(BarVideos.lineMeans(clip, columns)).isNotEmpty().allSatisfy(m -> {
            assertThat(m[0]).as("first line").isGreaterThan(50);
            assertThat(m[m.length - 1]).as("last line").isGreaterThan(50);
        });
    }

    @Test
    void aLetterboxedPictureComesOutAtItsContentSizeWithoutBars() throws IOException {
        Path src =
                BarVideos.write(dir.resolve("letterbox.mp4"), 320, 240, 40, i -> new BarVideos.Window(0, 30, 320, 180));

        Done d = transcode(src, 40);

        assertThat(d.result().crop()).isEqualTo(new Crop(0, 30, 320, 180, 320, 240));
        assertThat(d.probe().width()).isEqualTo(320);
        assertThat(d.probe().height()).isCloseTo(180, within(2));
        assertThat(d.probe().frames()).isEqualTo(40L);
        assertThat(d.tapSizes()).hasSize(40).containsOnly("320x180");
        assertNoDarkEdges(d.clip(), false);
    }

    @Test
    void aPillarboxedPictureLosesItsSideBars() throws IOException {
        Path src =
                BarVideos.write(dir.resolve("pillarbox.mp4"), 320, 180, 40, i -> new BarVideos.Window(40, 0, 240, 180));

        Done d = transcode(src, 40);

        assertThat(d.result().crop()).isEqualTo(new Crop(40, 0, 240, 180, 320, 180));
        assertThat(d.probe().width()).isCloseTo(240, within(2));
        assertThat(d.probe().height()).isEqualTo(180);
        assertThat(d.tapSizes()).containsOnly("240x180");
        assertNoDarkEdges(d.clip(), true);
    }

    @Test
    void aFullFramePictureIsUntouched() throws IOException {
        Path src = BarVideos.write(dir.resolve("full.mp4"), 320, 180, 30, i -> BarVideos.Window.full(320, 180));

        Done d = transcode(src, 30);

        assertThat(d.result().crop()).isEqualTo(Crop.full(320, 180));
        assertThat(d.probe().width()).isEqualTo(320);
        assertThat(d.probe().height()).isEqualTo(180);
        assertThat(d.tapSizes()).containsOnly("320x180");
    }

    @Test
    void aDarkLowLightSceneIsNotMistakenForBars() throws IOException {
        Path src = BarVideos.dark(dir.resolve("dark.mp4"), 320, 240, 30);

        Done d = transcode(src, 30);

        assertThat(d.result().crop().cropsAnything()).isFalse();
        assertThat(d.probe().height()).isEqualTo(240);
    }

    @Test
    void aFadeFromBlackIsNotCroppedByItsBlackFrames() throws IOException {
        BarVideos.Scene fade = new BarVideos.Scene() {
            @Override
            public BarVideos.Window window(int i) {
                return BarVideos.Window.full(320, 180);
            }

            @Override
            public double level(int i) {
                return Math.max(0, Math.min(1, (i - 15) / 25.0));
            }
        };
        Path src = BarVideos.write(dir.resolve("fade.mp4"), 320, 180, 75, fade);

        Done d = transcode(src, 75);

        assertThat(d.result().crop()).isEqualTo(Crop.full(320, 180));
        assertThat(d.probe().frames()).isEqualTo(75L);
    }

    @Test
    void aLetterboxedFadeFromBlackIsCroppedToItsPicture() throws IOException {
        BarVideos.Scene fade = new BarVideos.Scene() {
            @Override
            public BarVideos.Window window(int i) {
                return new BarVideos.Window(0, 30, 320, 180);
            }

            @Override
            public double level(int i) {
                return Math.max(0, Math.min(1, (i - 10) / 20.0));
            }
        };
        Path src = BarVideos.write(dir.resolve("fade-letterbox.mp4"), 320, 240, 60, fade);

        assertThat(transcode(src, 60).result().crop()).isEqualTo(new Crop(0, 30, 320, 180, 320, 240));
    }

    @Test
    void switchedOffTheWholePictureIsKept() throws IOException {
        Path src = BarVideos.write(
                dir.resolve("letterbox-off.mp4"), 320, 240, 30, i -> new BarVideos.Window(0, 30, 320, 180));

        Done d = transcode(src, 30, TranscodeConfig.defaults().withCropBlackBars(false));

        assertThat(d.result().crop()).isEqualTo(Crop.full(320, 240));
        assertThat(d.probe().height()).isEqualTo(240);
        assertThat(d.tapSizes()).containsOnly("320x240");
    }

    @Test
    void theSharedRealVideosKeepTheirWholePicture() throws IOException {
        Done bikes = transcode(TestData.video("bikes.mp4"), 250);
        Done bunny = transcode(TestData.video("bigbuckbunny.mp4"), 60);

        assertThat(bikes.result().crop()).isEqualTo(Crop.full(640, 272));
        assertThat(bikes.probe().width()).isEqualTo(640);
        assertThat(bikes.probe().height()).isEqualTo(272);
        assertThat(bunny.result().crop().cropsAnything()).isFalse();
        assertThat(bunny.probe().width()).isEqualTo(bunny.result().crop().sourceWidth());
    }
}
