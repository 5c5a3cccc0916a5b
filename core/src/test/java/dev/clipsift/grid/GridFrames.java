package dev.clipsift.grid;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/** A grid video decoded back (independently of FrameReader) into packed BGR frames, with its stream facts. */
record GridFrames(int width, int height, double fps, String codec, int pixelFormat, List<byte[]> frames) {

    static GridFrames read(Path file) throws Exception {
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile())) {
            g.start();
            String codec = g.getVideoCodecName();
            int pixelFormat =
                    g.getFormatContext().streams(g.getVideoStream()).codecpar().format();
            g.setPixelFormat(AV_PIX_FMT_BGR24);
            int w = g.getImageWidth();
            int h = g.getImageHeight();
            List<byte[]> frames = new ArrayList<>();
            Frame f;
            while ((f = g.grabImage()) != null) {
                byte[] bgr = new byte[w * h * 3];
                ByteBuffer b = (ByteBuffer) f.image[0];
                for (int y = 0; y < h; y++) {
                    b.get(y * f.imageStride, bgr, y * w * 3, w * 3);
                }
                frames.add(bgr);
            }
            return new GridFrames(w, h, g.getFrameRate(), codec, pixelFormat, frames);
        }
    }

    /** Mean of all channels over a rectangle of frame {@code k}. */
    double mean(int k, int x, int y, int w, int h) {
        byte[] bgr = frames.get(k);
        long sum = 0;
        for (int yy = y; yy < y + h; yy++) {
            for (int xx = x * 3; xx < (x + w) * 3; xx++) {
                sum += bgr[yy * width * 3 + xx] & 0xFF;
            }
        }
        return sum / (double) (w * h * 3);
    }

    /** Brightest channel value over a rectangle of frame {@code k}. */
    int max(int k, int x, int y, int w, int h) {
        byte[] bgr = frames.get(k);
        int max = 0;
        for (int yy = y; yy < y + h; yy++) {
            for (int xx = x * 3; xx < (x + w) * 3; xx++) {
                max = Math.max(max, bgr[yy * width * 3 + xx] & 0xFF);
            }
        }
        return max;
    }

    /** Mean x of the pixels brighter than {@code threshold} in a rectangle of frame {@code k} (NaN if none). */
    double brightCentreX(int k, int x, int y, int w, int h, int threshold) {
        byte[] bgr = frames.get(k);
        double sum = 0;
        int n = 0;
        for (int yy = y; yy < y + h; yy++) {
            for (int xx = x; xx < x + w; xx++) {
                if ((bgr[(yy * width + xx) * 3 + 1] & 0xFF) > threshold) {
                    sum += xx;
                    n++;
                }
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
