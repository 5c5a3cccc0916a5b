package dev.clipsift.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import dev.clipsift.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GridVideoMakerTest {
    private static final int TW = GridOptions.DEFAULT_TILE_WIDTH;
    private static final int TH = GridOptions.DEFAULT_TILE_HEIGHT;

    @TempDir
    Path dir;

    private static GridOptions grid(int cols, int rows, double seconds, double fps) {
        return GridOptions.defaults().withGrid(cols, rows).withTiming(seconds, fps);
    }

    @Test
    void writesBrowserPlayableH264WithTheCanvasSizeFrameCountAndFrameRate() throws Exception {
        Path out = dir.resolve("grid.mp4");
        GridResult result = GridVideoMaker.make(
                grid(2, 2, 2, 15),
                List.of(TestData.video("bikes.mp4"), TestData.video("carphone_pristine.mp4")),
                out,
                GridListener.NONE,
                () -> false);

        GridFrames back = GridFrames.read(out);
        assertThat(back.codec()).isEqualTo("h264");
        assertThat(back.pixelFormat()).isEqualTo(AV_PIX_FMT_YUV420P);
        assertThat(back.width()).isEqualTo(2 * TW);
        assertThat(back.height()).isEqualTo(2 * TH);
        assertThat(back.fps()).isEqualTo(15.0);
        assertThat(back.frames()).hasSize(30);
        assertThat(result.shown()).hasSize(2);
        assertThat(result.hadProblems()).isFalse();
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("grid.mp4");
        assertThat(topLevelBoxes(out))
                .as("faststart: the index comes before the media")
                .containsSubsequence("moov", "mdat");
    }

    private static List<String> topLevelBoxes(Path mp4) throws Exception {
        byte[] b = Files.readAllBytes(mp4);
        List<String> boxes = new ArrayList<>();
        for (long i = 0; i + 8 <= b.length; ) {
            long size = java.nio.ByteBuffer.wrap(b, (int) i, 4).getInt() & 0xFFFFFFFFL;
            boxes.add(new String(b, (int) i + 4, 4, java.nio.charset.StandardCharsets.US_ASCII));
            i += size < 8 ? b.length : size;
        }
        return boxes;
    }

    @Test
    void aThreeByOneGridEncodesOnAMachineWithSeveralCores() throws Exception {
        // 576x108: a canvas OpenH264 refuses in multi-slice mode (the README's example); the encoder falls back to one
        // slice.
        Path out = dir.resolve("three.mp4");
        GridVideoMaker.make(
                grid(3, 1, 1, 10),
                List.of(
                        TestData.video("bikes.mp4"),
                        TestData.video("carphone_pristine.mp4"),
                        TestData.video("bigbuckbunny.mp4")),
                out,
                GridListener.NONE,
                () -> false);

        GridFrames back = GridFrames.read(out);
        assertThat(back.width()).isEqualTo(3 * TW);
        assertThat(back.frames()).hasSize(10);
    }

    @Test
    void tilesShowTheirVideosWithBlackBarsWhereTheAspectDiffersAndEmptyTilesStayBlack() throws Exception {
        Path out = dir.resolve("grid.mp4");
        GridVideoMaker.make(
                grid(2, 2, 1, 10),
                List.of(TestData.video("bikes.mp4"), TestData.video("carphone_pristine.mp4")),
                out,
                GridListener.NONE,
                () -> false);
        GridFrames back = GridFrames.read(out);
        int k = 5;
        // bikes.mp4 is 640x272: 192x82 in its tile, 13 black rows above and below.
        assertThat(back.max(k, 0, 0, TW, 10)).isLessThan(30);
        assertThat(back.max(k, 0, TH - 10, TW, 10)).isLessThan(30);
        assertThat(back.mean(k, 0, 20, TW, 68)).isGreaterThan(30);
        // carphone is 176x144 with 128:117 pixels (displays 1408:1053): 144x108 in its tile, 24 black columns each
        // side.
        assertThat(back.max(k, TW, 0, 20, TH)).isLessThan(30);
        assertThat(back.max(k, 2 * TW - 20, 0, 20, TH)).isLessThan(30);
        assertThat(back.mean(k, TW + 30, 0, 132, TH)).isGreaterThan(30);
        // no third or fourth video: the bottom row is black
        assertThat(back.max(k, 0, TH, 2 * TW, TH)).isLessThan(30);
    }

    @Test
    void aShortClipLoopsFromItsStartInsteadOfTurningBlack() throws Exception {
        // 1 s at 25 fps, frame i is grey 40 + 8i: the grey level tells which source frame a tile shows.
        Path clip =
                GeneratedClips.write(dir.resolve("short.mp4"), 160, 90, 25, 25, GeneratedClips.grey(i -> 40 + 8 * i));
        Path out = dir.resolve("grid.mp4");
        GridVideoMaker.make(
                grid(1, 1, 3, 10).withTileSize(160, 90), List.of(clip), out, GridListener.NONE, () -> false);
        GridFrames back = GridFrames.read(out);
        assertThat(back.frames()).hasSize(30);
        // 2.5 s is 0.5 s into the third pass: source frame 12, grey 136 (not black, not frozen on the last frame)
        assertThat(back.mean(25, 0, 0, 160, 90)).isCloseTo(136, org.assertj.core.data.Offset.offset(6.0));
        // 1.2 s is 0.2 s into the second pass: source frame 5, grey 80
        assertThat(back.mean(12, 0, 0, 160, 90)).isCloseTo(80, org.assertj.core.data.Offset.offset(6.0));
    }

    @Test
    void aSixtyFpsSourcePlaysAtRealSpeedAndAFifteenFpsSourceRepeatsFrames() throws Exception {
        // a 12 px square moving right 80 px per second, drawn at 60 fps
        Path fast = GeneratedClips.write(dir.resolve("fast.mp4"), TW, TH, 60, 120, (i, bgr, w, h) -> {
            java.util.Arrays.fill(bgr, (byte) 0);
            int x0 = 10 + (int) Math.round(80.0 * i / 60);
            for (int y = 48; y < 60; y++) {
                java.util.Arrays.fill(bgr, (y * w + x0) * 3, (y * w + x0 + 12) * 3, (byte) 255);
            }
        });
        // 15 fps, frame i grey 20 + 8i
        Path slow = GeneratedClips.write(dir.resolve("slow.mp4"), TW, TH, 15, 30, GeneratedClips.grey(i -> 20 + 8 * i));
        Path out = dir.resolve("grid.mp4");
        GridVideoMaker.make(grid(2, 1, 1.5, 30), List.of(fast, slow), out, GridListener.NONE, () -> false);
        GridFrames back = GridFrames.read(out);

        for (int k : new int[] {0, 9, 21, 30, 42}) {
            double t = k / 30.0;
            assertThat(back.brightCentreX(k, 0, 40, TW, 28, 128))
                    .as("marker at %.2f s", t)
                    .isCloseTo(10 + 6 + 80 * t, org.assertj.core.data.Offset.offset(3.0));
        }
        // each source frame shows on two output frames in a row, and the grey steps by 8 (one source frame) per pair
        double start = back.mean(0, TW, 0, TW, TH);
        for (int k : new int[] {0, 10, 20, 36}) {
            assertThat(back.mean(k + 1, TW, 0, TW, TH))
                    .as("frame %d repeats", k)
                    .isCloseTo(back.mean(k, TW, 0, TW, TH), org.assertj.core.data.Offset.offset(2.0));
            assertThat(back.mean(k, TW, 0, TW, TH) - start)
                    .as("frame %d", k)
                    .isCloseTo(8.0 * (k / 2), org.assertj.core.data.Offset.offset(4.0));
        }
    }

    @Test
    void unreadableFilesAreSkippedWithTheirReasonAndTheRestFillTheTilesInOrder() throws Exception {
        Path broken = Files.write(
                dir.resolve("broken.mp4"), "this is not a video".repeat(100).getBytes());
        Path empty = Files.createFile(dir.resolve("empty.mp4"));
        List<String> heard = new ArrayList<>();
        Path out = dir.resolve("grid.mp4");
        GridResult result = GridVideoMaker.make(
                grid(2, 2, 1, 10),
                List.of(broken, TestData.video("bikes.mp4"), empty),
                out,
                new GridListener() {
                    @Override
                    public void warning(String message) {
                        heard.add(message);
                    }
                },
                () -> false);

        assertThat(result.shown()).containsExactly(TestData.video("bikes.mp4"));
        assertThat(result.skipped()).hasSize(2);
        assertThat(result.skipped().get(0)).startsWith("skipping " + broken + ": ");
        assertThat(result.skipped().get(1)).startsWith("skipping " + empty + ": ");
        assertThat(heard).containsExactlyElementsOf(result.skipped());
        assertThat(result.hadProblems()).isTrue();
        GridFrames back = GridFrames.read(out);
        assertThat(back.mean(5, 0, 20, TW, 68))
                .as("bikes moved up into the first tile")
                .isGreaterThan(30);
        assertThat(back.max(5, TW, 0, TW, TH))
                .as("nothing drawn in place of the skipped files")
                .isLessThan(30);
    }

    @Test
    void noValidVideoIsAClearErrorAndWritesNothing() throws Exception {
        Path broken = Files.write(dir.resolve("broken.mp4"), new byte[] {0, 1, 2, 3});
        Path out = dir.resolve("grid.mp4");
        assertThatThrownBy(() ->
                        GridVideoMaker.make(grid(2, 2, 1, 10), List.of(broken), out, GridListener.NONE, () -> false))
                .isInstanceOf(NoValidVideosException.class)
                .hasMessageStartingWith("No valid videos found");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("broken.mp4");
    }

    @Test
    void cancellingStopsAndLeavesNoOutputOrTempFileBehind() throws Exception {
        Path out = dir.resolve("grid.mp4");
        AtomicBoolean cancel = new AtomicBoolean();
        assertThatThrownBy(() -> GridVideoMaker.make(
                        grid(2, 2, 3, 30),
                        List.of(TestData.video("bikes.mp4")),
                        out,
                        new GridListener() {
                            @Override
                            public void framesWritten(int done, int total) {
                                if (done == 10) {
                                    cancel.set(true);
                                }
                            }
                        },
                        cancel::get))
                .isInstanceOf(CancellationException.class);
        assertThat(Files.list(dir)).isEmpty();
    }

    @Test
    void labelsWriteTheFileNameOverTheBottomOfTheTile() throws Exception {
        Path dark = GeneratedClips.write(dir.resolve("dark.mp4"), TW, TH, 10, 10, GeneratedClips.grey(i -> 0));
        Path plain = dir.resolve("plain.mp4");
        Path labelled = dir.resolve("labelled.mp4");
        GridVideoMaker.make(grid(1, 1, 0.5, 10), List.of(dark), plain, GridListener.NONE, () -> false);
        GridVideoMaker.make(
                grid(1, 1, 0.5, 10).withLabels(true), List.of(dark), labelled, GridListener.NONE, () -> false);

        assertThat(GridFrames.read(plain).max(2, 0, TH - 16, TW, 16)).isLessThan(40);
        GridFrames back = GridFrames.read(labelled);
        assertThat(back.max(2, 0, TH - 16, TW, 16)).isGreaterThan(150);
        assertThat(back.max(2, 0, 0, TW, TH - 20)).as("only the bottom band").isLessThan(40);
    }

    @Test
    void theSameSeedPicksTheSameVideosAndAllAreUsedWhenFewer() {
        GridOptions four = grid(2, 2, 1, 10).withSeed(7);
        List<Path> listing = List.of(
                Path.of("a.mp4"),
                Path.of("b.mp4"),
                Path.of("c.mp4"),
                Path.of("d.mp4"),
                Path.of("e.mp4"),
                Path.of("f.mp4"),
                Path.of("g.mp4"));
        var first = GridVideoMaker.pick(listing.stream(), four);
        var again = GridVideoMaker.pick(listing.stream(), four);
        assertThat(first.items()).hasSize(4).isEqualTo(again.items());
        assertThat(first.seen()).isEqualTo(7);
        assertThat(GridVideoMaker.pick(listing.stream(), grid(3, 3, 1, 10)).items())
                .isEqualTo(listing);
    }
}
