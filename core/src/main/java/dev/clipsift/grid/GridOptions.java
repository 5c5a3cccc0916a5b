package dev.clipsift.grid;

/**
 * What a grid preview video looks like: {@code cols x rows} tiles of {@code tileWidth x tileHeight} pixels,
 * {@code videoLengthS} seconds at {@code fps}, videos picked with {@code seed}, optional labels (file name and
 * duration) and {@code threads} decoders at once (0: one per core). The defaults are the cookbook's
 * grid_preview_generation.py: 10 x 10 tiles of 192 x 108, 5 s at 30 fps.
 */
public record GridOptions(
        int cols,
        int rows,
        double videoLengthS,
        double fps,
        long seed,
        boolean labels,
        int tileWidth,
        int tileHeight,
        int threads) {

    public static final int DEFAULT_TILE_WIDTH = 192;
    public static final int DEFAULT_TILE_HEIGHT = 108;

    public GridOptions {
        if (cols < 1 || rows < 1) {
            throw new IllegalArgumentException("--cols and --rows must be 1 or more, got " + cols + "x" + rows);
        }
        if (!(videoLengthS > 0) || !(fps > 0) || !Double.isFinite(videoLengthS) || !Double.isFinite(fps)) {
            throw new IllegalArgumentException(
                    "--video_length and --fps must be positive, got " + videoLengthS + " and " + fps);
        }
        if (tileWidth < 2 || tileHeight < 2 || tileWidth % 2 != 0 || tileHeight % 2 != 0) {
            throw new IllegalArgumentException(
                    "tile size must be even and at least 2x2 (H.264 yuv420p), got " + tileWidth + "x" + tileHeight);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (auto) or more, got " + threads);
        }
        if (Math.round(videoLengthS * fps) < 1) {
            throw new IllegalArgumentException("--video_length x --fps gives no frame at all");
        }
    }

    /** The cookbook's defaults, seed 42, no labels. */
    public static GridOptions defaults() {
        return new GridOptions(10, 10, 5, 30, 42, false, DEFAULT_TILE_WIDTH, DEFAULT_TILE_HEIGHT, 0);
    }

    public GridOptions withGrid(int newCols, int newRows) {
        return new GridOptions(newCols, newRows, videoLengthS, fps, seed, labels, tileWidth, tileHeight, threads);
    }

    public GridOptions withTiming(double newLengthS, double newFps) {
        return new GridOptions(cols, rows, newLengthS, newFps, seed, labels, tileWidth, tileHeight, threads);
    }

    public GridOptions withSeed(long newSeed) {
        return new GridOptions(cols, rows, videoLengthS, fps, newSeed, labels, tileWidth, tileHeight, threads);
    }

    public GridOptions withLabels(boolean on) {
        return new GridOptions(cols, rows, videoLengthS, fps, seed, on, tileWidth, tileHeight, threads);
    }

    public GridOptions withTileSize(int w, int h) {
        return new GridOptions(cols, rows, videoLengthS, fps, seed, labels, w, h, threads);
    }

    public GridOptions withThreads(int n) {
        return new GridOptions(cols, rows, videoLengthS, fps, seed, labels, tileWidth, tileHeight, n);
    }

    public int tiles() {
        return cols * rows;
    }

    public int canvasWidth() {
        return cols * tileWidth;
    }

    public int canvasHeight() {
        return rows * tileHeight;
    }

    /** Output frames: {@code round(videoLengthS * fps)}. */
    public int frames() {
        return (int) Math.round(videoLengthS * fps);
    }
}
