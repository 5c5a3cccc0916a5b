package dev.clipsift.caption;

import dev.clipsift.engine.FrameSample;
import dev.clipsift.grid.GridEncoder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bytedeco.javacv.Frame;

/**
 * A window's sampled frames as one short H.264 MP4 at the sampling rate, for servers that take a video part
 * ({@code video_url}) rather than images: vLLM serving Qwen2.5-VL reads it as the model's own video input.
 */
final class WindowVideo {
    private WindowVideo() {}

    static byte[] mp4(List<FrameSample> frames, double fps) throws IOException {
        FrameSample first = FrameImages.snapped(frames.get(0));
        Path tmp = Files.createTempFile("clipsift-window-", ".mp4");
        try {
            try (GridEncoder enc = GridEncoder.open(tmp, first.width(), first.height(), fps);
                    Frame frame = new Frame(first.width(), first.height(), Frame.DEPTH_UBYTE, 3)) {
                ByteBuffer buf = (ByteBuffer) frame.image[0];
                int row = first.width() * 3;
                for (FrameSample f : frames) {
                    FrameSample s = FrameImages.snapped(f);
                    for (int y = 0; y < s.height(); y++) {
                        buf.put(y * frame.imageStride, s.bgr(), y * row, row);
                    }
                    enc.write(frame);
                }
                enc.finish();
            }
            return Files.readAllBytes(tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
