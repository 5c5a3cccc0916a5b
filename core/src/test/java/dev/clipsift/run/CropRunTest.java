package dev.clipsift.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.Crop;
import dev.clipsift.model.InputRecord;
import dev.clipsift.pipeline.RunListener;
import dev.clipsift.split.ClipSpans;
import dev.clipsift.split.SplitConfig;
import dev.clipsift.testfamily.BrightnessConfig;
import dev.clipsift.transcode.BarVideos;
import dev.clipsift.transcode.TranscodeConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A video cut together from a full-frame shot and a letterboxed one, split at the cut (fixed 2 s clips): the
 * first clip is kept whole and the second cropped, each record says so, and a pixel-reading stage sees the cropped
 * picture, both in the encoder's decode and when a later run decodes the clip span again for it alone.
 */
class CropRunTest {
    @TempDir
    static Path tmp;

    static Path input;

    /** 100 frames at 25 fps, 320x240: frames 0-49 full frame, 50-99 a 320x180 picture letterboxed (hard cut). */
    @BeforeAll
    static void video() throws IOException {
        input = Files.createDirectories(tmp.resolve("in"));
        BarVideos.write(
                input.resolve("cut.mp4"),
                320,
                240,
                100,
                i -> i < 50 ? BarVideos.Window.full(320, 240) : new BarVideos.Window(0, 30, 320, 180));
    }

    static RunConfig config(boolean crop) {
        return new RunConfig(
                input.toString(),
                null,
                null,
                new SplitConfig("fixed-stride", Map.of("stride_s", 2.0)),
                new ClipSpans(0.8, 20, 60, "stride", 0.0),
                TranscodeConfig.defaults().withCropBlackBars(crop));
    }

    static BrightnessConfig brightness() {
        return new BrightnessConfig(true, 5.0, 320);
    }

    static List<ClipRecord> clips(Path out, RunConfig config) throws Exception {
        new CurationRun(out, 2, RunListener.NONE, w -> {}).start(config);
        RunFolder folder = new RunFolder(out);
        List<ClipRecord> all = new ArrayList<>();
        for (InputRecord v : folder.readVideoRecords()) {
            for (String id : v.clipIds()) {
                all.add(folder.readClipRecord(id));
            }
        }
        all.sort(Comparator.comparingInt(c -> c.span().startFrame()));
        return all;
    }

    @Test
    void theFullFrameClipIsKeptWholeAndTheLetterboxedOneCropped() throws Exception {
        List<ClipRecord> clips = clips(tmp.resolve("crop"), config(true).withFamily("brightness", brightness()));

        assertThat(clips).hasSize(2);
        ClipRecord whole = clips.get(0);
        ClipRecord boxed = clips.get(1);
        assertThat(boxed.span().startFrame()).isEqualTo(50);
        assertThat(whole.crop()).isEqualTo(Crop.full(320, 240));
        assertThat(whole.media().width()).isEqualTo(320);
        assertThat(whole.media().height()).isEqualTo(240);
        assertThat(boxed.crop()).isEqualTo(new Crop(0, 30, 320, 180, 320, 240));
        assertThat(boxed.media().height()).isEqualTo(180);

        List<ClipRecord> uncropped =
                clips(tmp.resolve("no-crop"), config(false).withFamily("brightness", brightness()));
        assertThat(uncropped.get(1).crop()).isEqualTo(Crop.full(320, 240));
        assertThat(uncropped.get(1).media().height()).isEqualTo(240);
        double cropped = boxed.scores().get("brightness_mean");
        double withBars = uncropped.get(1).scores().get("brightness_mean");
        assertThat(withBars / cropped)
                .as("the scorer saw the 180 picture rows, not the 240 with bars")
                .isCloseTo(180 / 240.0, within(0.02));
        assertThat(uncropped.get(0).scores().get("brightness_mean"))
                .isCloseTo(whole.scores().get("brightness_mean"), within(0.5));
    }

    @Test
    void aLaterRunDecodingTheSpanAgainAppliesTheRecordedCrop() throws Exception {
        Path out = tmp.resolve("later");
        clips(out, config(true));
        List<ClipRecord> fresh = clips(tmp.resolve("fresh"), config(true).withFamily("brightness", brightness()));

        List<ClipRecord> later = clips(out, config(true).withFamily("brightness", brightness()));

        assertThat(later.get(1).crop()).isEqualTo(new Crop(0, 30, 320, 180, 320, 240));
        for (int i = 0; i < 2; i++) {
            assertThat(later.get(i).scores().get("brightness_mean"))
                    .isCloseTo(fresh.get(i).scores().get("brightness_mean"), within(0.5));
        }
    }
}
