package dev.clipsift.grid;

import java.nio.file.Path;
import java.util.List;

/**
 * A finished grid video: where it is, its size and length, the encoder used, the videos shown (in tile
 * order, left to right then top to bottom), the files skipped (one line each, with the reason) and the
 * warnings about tiles that stopped early (a decode error part-way: the tile keeps its last picture).
 */
public record GridResult(
        Path output,
        int width,
        int height,
        int frames,
        double fps,
        String encoder,
        List<Path> shown,
        List<String> skipped,
        List<String> warnings) {

    /** True when some file was skipped or some tile stopped before the end. */
    public boolean hadProblems() {
        return !skipped.isEmpty() || !warnings.isEmpty();
    }
}
