package dev.clipsift.app.sample;

import dev.clipsift.preview.BgraFrame;
import dev.clipsift.preview.PreviewFrames;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** A tile's looping preview as images ready to show, one every {@code frameIntervalMs}. */
public record Preview(List<Image> frames, long frameIntervalMs) {
    public Preview {
        frames = List.copyOf(frames);
    }

    /** Copies decoded frames into images; runs off the UI thread (the images are not shown yet). */
    public static Preview of(PreviewFrames p) {
        return new Preview(p.frames().stream().map(Preview::image).toList(), p.frameIntervalMs());
    }

    static Image image(BgraFrame f) {
        WritableImage img = new WritableImage(f.width(), f.height());
        paint(img, f);
        return img;
    }

    /** Writes {@code f}'s pixels into {@code img}, which has its size. */
    static void paint(WritableImage img, BgraFrame f) {
        img.getPixelWriter()
                .setPixels(
                        0,
                        0,
                        f.width(),
                        f.height(),
                        PixelFormat.getByteBgraPreInstance(),
                        f.pixels(),
                        0,
                        f.width() * 4);
    }

    /** The frame to show {@code elapsedMs} after the loop started. */
    public Image frameAt(long elapsedMs) {
        return frames.get((int) ((elapsedMs / Math.max(1, frameIntervalMs)) % frames.size()));
    }
}
