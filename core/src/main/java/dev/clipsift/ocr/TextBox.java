package dev.clipsift.ocr;

/**
 * An axis-aligned text box in the pixels of the frame it was found on ({@code x, y} top-left, {@code w, h}
 * size) with the detector's score (the mean text probability inside it, 0..1).
 */
record TextBox(double x, double y, double w, double h, double score) {
    double area() {
        return w * h;
    }

    double centerX() {
        return x + w / 2;
    }

    double centerY() {
        return y + h / 2;
    }

    /** Intersection over union with {@code o}: 1 for the same box, 0 for boxes that do not overlap. */
    double iou(TextBox o) {
        double iw = Math.min(x + w, o.x + o.w) - Math.max(x, o.x);
        double ih = Math.min(y + h, o.y + o.h) - Math.max(y, o.y);
        if (iw <= 0 || ih <= 0) {
            return 0;
        }
        double inter = iw * ih;
        return inter / (area() + o.area() - inter);
    }

    /**
     * Whether its centre lies in one of the four corner zones of a {@code width x height} frame, each
     * {@code margin} of the width by {@code margin} of the height (cosmos-curate's corner test).
     */
    boolean inCorner(int width, int height, double margin) {
        double mx = margin * width;
        double my = margin * height;
        boolean side = centerX() <= mx || centerX() >= width - mx;
        boolean edge = centerY() <= my || centerY() >= height - my;
        return side && edge;
    }
}
