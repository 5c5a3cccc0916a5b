package dev.clipsift.transcode;

import dev.clipsift.model.Crop;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import org.bytedeco.javacv.Frame;

/**
 * The cropped part of a packed BGR frame, without copying: a frame of the crop's size whose pixels are a view into
 * the source frame's buffer (same row stride). Valid as long as the source frame is.
 */
public final class CroppedFrame {
    private CroppedFrame() {}

    /** {@code frame} itself when {@code crop} removes nothing, else a view of the crop. */
    public static Frame of(Frame frame, Crop crop) {
        if (!crop.cropsAnything()) {
            return frame;
        }
        if (frame.imageWidth != crop.sourceWidth() || frame.imageHeight != crop.sourceHeight()) {
            throw new IllegalArgumentException("a " + crop.sourceWidth() + "x" + crop.sourceHeight() + " crop for a "
                    + frame.imageWidth + "x" + frame.imageHeight + " frame");
        }
        ByteBuffer pixels = ((ByteBuffer) frame.image[0]).duplicate();
        pixels.position(crop.y() * frame.imageStride + crop.x() * frame.imageChannels);
        Frame view = new Frame();
        view.imageWidth = crop.w();
        view.imageHeight = crop.h();
        view.imageDepth = frame.imageDepth;
        view.imageChannels = frame.imageChannels;
        view.imageStride = frame.imageStride;
        view.image = new Buffer[] {pixels.slice()};
        view.timestamp = frame.timestamp;
        view.keyFrame = frame.keyFrame;
        view.type = frame.type;
        return view;
    }
}
