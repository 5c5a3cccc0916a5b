package dev.clipsift.grid;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG4;

import dev.clipsift.TestVideos;
import java.io.IOException;
import java.nio.file.Path;

/** Small grid-test videos (MPEG-4 part 2: fast, in every build). */
final class GeneratedClips {
    private GeneratedClips() {}

    static Path write(Path file, int w, int h, double fps, int frames, TestVideos.Painter painter) throws IOException {
        return TestVideos.video(w, h, fps, frames)
                .codec(AV_CODEC_ID_MPEG4)
                .quality(2)
                .write(file, painter);
    }

    /** Every pixel of frame i is grey level {@code levelOf(i)}. */
    static TestVideos.Painter grey(java.util.function.IntUnaryOperator levelOf) {
        return (i, bgr, w, h) -> java.util.Arrays.fill(bgr, (byte) levelOf.applyAsInt(i));
    }
}
