package dev.clipsift.preview;

/** Quarter turns of BGRA pictures, for videos stored sideways with a display rotation. */
final class Rotation {
    private Rotation() {}

    /** {@code f} turned clockwise by {@code degrees} (90, 180 or 270). */
    static BgraFrame clockwise(BgraFrame f, int degrees) {
        int w = f.width();
        int h = f.height();
        boolean sideways = degrees % 180 != 0;
        int outW = sideways ? h : w;
        byte[] src = f.pixels();
        byte[] dst = new byte[src.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int dx;
                int dy;
                switch (degrees) {
                    case 90 -> {
                        dx = h - 1 - y;
                        dy = x;
                    }
                    case 180 -> {
                        dx = w - 1 - x;
                        dy = h - 1 - y;
                    }
                    case 270 -> {
                        dx = y;
                        dy = w - 1 - x;
                    }
                    default -> throw new IllegalArgumentException("not a quarter turn: " + degrees);
                }
                System.arraycopy(src, (y * w + x) * 4, dst, (dy * outW + dx) * 4, 4);
            }
        }
        return new BgraFrame(outW, sideways ? w : h, dst, f.timestampS());
    }
}
