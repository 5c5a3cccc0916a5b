package dev.clipsift.run;

import dev.clipsift.engine.FilterPolicy;
import dev.clipsift.engine.FilterTally;
import dev.clipsift.model.ClipCounts;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.InputRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies a filter policy to the clip records of a run folder: reads records only (no video is decoded), writes
 * back the clips whose status changes and the video records whose counts change (each atomically), and counts
 * each filter's verdicts. The run ends with this pass, so statuses always follow the saved thresholds; the
 * {@code filter} command runs it alone with new thresholds.
 */
final class RunFiltering {
    private RunFiltering() {}

    /** What a pass saw and changed. */
    record Pass(int videos, int clips, int changed, Map<String, FilterTally.Counts> filters) {}

    /** @param write false to count only (a run whose records live in a remote store) */
    static Pass apply(RunFolder folder, FilterPolicy policy, boolean write) throws IOException {
        FilterTally tally = new FilterTally();
        int clips = 0;
        int changed = 0;
        List<InputRecord> videos = folder.readVideoRecords();
        for (InputRecord v : videos) {
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
            clips += after.size();
            ClipCounts counts = ClipCounts.of(after);
            if (write && !after.isEmpty() && !counts.equals(v.clips())) {
                folder.writeVideoRecord(v.withClips(counts));
            }
        }
        return new Pass(videos.size(), clips, changed, tally.snapshot());
    }
}
