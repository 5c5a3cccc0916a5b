package dev.clipsift.run;

import dev.clipsift.engine.FilterPolicy;
import dev.clipsift.engine.FilterTally;
import dev.clipsift.model.ClipCounts;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.InputRecord;
import dev.clipsift.pipeline.MachineFault;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies a filter policy to the clip records of a run folder: reads records only (no video is decoded), writes
 * back the clips whose status changes and the video records whose counts change (each atomically), counts
 * each filter's verdicts and adds up what the summary needs, so a run's records are read once at its end. The run ends with this pass, so statuses always follow the saved thresholds; the
 * {@code filter} command runs it alone with new thresholds.
 */
final class RunFiltering {
    private RunFiltering() {}

    /** What a pass saw and changed: each video with its totals, and each filter's counts. */
    record Pass(List<VideoTotals> videos, Map<String, FilterTally.Counts> filters) {
        int clips() {
            return videos.stream().mapToInt(VideoTotals::clips).sum();
        }

        int changed() {
            return videos.stream().mapToInt(VideoTotals::changed).sum();
        }
    }

    /**
     * A video record as the pass left it, its clips (with a record), how many changed status, and the seconds
     * and bytes of its valid clips (for the summary, so the records are read once).
     */
    record VideoTotals(InputRecord video, int clips, int changed, double clipS, long clipBytes) {}

    /**
     * The pass that ends every run: as {@link #apply}, and a full disk or an I/O error here stops the run as it
     * would anywhere else ({@link RunStopped}: resume finishes it).
     */
    static Pass endOfRun(RunFolder folder, FilterPolicy policy, boolean write, String output) throws IOException {
        return endOfRun(folder, VideoSelection.all(), policy, write, output);
    }

    /** As {@link #endOfRun(RunFolder, FilterPolicy, boolean, String)}, over the videos of {@code part} only. */
    static Pass endOfRun(RunFolder folder, VideoSelection part, FilterPolicy policy, boolean write, String output)
            throws IOException {
        try {
            return apply(folder, part, policy, write);
        } catch (IOException e) {
            MachineFault fault = MachineFault.of(e, output);
            if (fault != null) {
                throw new RunStopped(fault, output);
            }
            throw e;
        }
    }

    /** @param write false to count only (a run whose records live in a remote store) */
    static Pass apply(RunFolder folder, FilterPolicy policy, boolean write) throws IOException {
        return apply(folder, VideoSelection.all(), policy, write);
    }

    private static Pass apply(RunFolder folder, VideoSelection part, FilterPolicy policy, boolean write)
            throws IOException {
        FilterTally tally = new FilterTally();
        List<VideoTotals> videos = folder.eachVideo(part, v -> refilter(folder, v, policy, tally, write));
        return new Pass(videos, tally.snapshot());
    }

    private static VideoTotals refilter(
            RunFolder folder, InputRecord v, FilterPolicy policy, FilterTally tally, boolean write) throws IOException {
        int changed = 0;
        List<ClipRecord> after = new ArrayList<>();
        for (String id : v.clipIds()) {
            if (!folder.hasClipRecord(id)) {
                continue;
            }
            ClipRecord before = folder.readClipRecord(id);
            ClipRecord now = policy.apply(before, tally);
            if (!now.status().equals(before.status())) {
                changed++;
                if (write) {
                    folder.writeClipRecord(now);
                }
            }
            after.add(now);
        }
        ClipCounts counts = ClipCounts.of(after);
        InputRecord video = v;
        if (!after.isEmpty() && !counts.equals(v.clips())) {
            video = v.withClips(counts);
            if (write) {
                folder.writeVideoRecord(video);
            }
        }
        double clipS = 0;
        long bytes = 0;
        for (ClipRecord c : after) {
            if (c.valid() && c.media() != null) {
                clipS += c.media().durationS() != null ? c.media().durationS() : 0;
                bytes += c.media().bytes() != null ? c.media().bytes() : 0;
            }
        }
        return new VideoTotals(video, after.size(), changed, clipS, bytes);
    }
}
