package dev.clipsift;

import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.InputRecord;
import dev.clipsift.pipeline.RunListener;
import dev.clipsift.run.CurationRun;
import dev.clipsift.run.RunConfig;
import dev.clipsift.run.RunFolder;
import dev.clipsift.run.RunSummary;
import dev.clipsift.split.ClipSpans;
import dev.clipsift.split.SplitConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs for the family tests: the usual settings, a blocking run, and the clip records read back. */
public final class RunRecords {
    private RunRecords() {}

    /**
     * Content splitting (it decodes every frame) and every whole shot of 20 frames or more a clip: bikes.mp4
     * gives five clips.
     */
    public static RunConfig shots(Path input) {
        return new RunConfig(
                input.toString(),
                null,
                null,
                new SplitConfig("content", null),
                new ClipSpans(0.8, 20, 60, "stride", 0.0),
                null);
    }

    /** A folder {@code in} under {@code dir} holding bikes.mp4. */
    public static Path bikesIn(Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(TestData.video("bikes.mp4"), in.resolve("bikes.mp4"));
        return in;
    }

    /** Runs {@code config} into {@code out} with 2 threads and waits. */
    public static RunSummary run(Path out, RunConfig config) throws Exception {
        return new CurationRun(out, 2, RunListener.NONE, w -> {}).start(config);
    }

    /** Every clip record of the run in {@code out}, video by video, in span order. */
    public static List<ClipRecord> clips(Path out) throws IOException {
        RunFolder folder = new RunFolder(out);
        List<ClipRecord> all = new ArrayList<>();
        for (InputRecord v : folder.readVideoRecords()) {
            for (String id : v.clipIds()) {
                all.add(folder.readClipRecord(id));
            }
        }
        return all;
    }
}
