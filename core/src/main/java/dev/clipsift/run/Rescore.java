package dev.clipsift.run;

import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.InputRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code clipsift score --recompute}: forgets that the named stages ran on a run folder's clips (their marks,
 * and their errors), so the next session redoes exactly those stages and nothing else. Each record is
 * rewritten atomically; a kill halfway leaves some clips still marked, which a second call clears.
 */
public final class Rescore {
    private Rescore() {}

    /** Clears {@code stages} from every record in {@code root}; returns how many clip records changed. */
    public static int forget(Path root, Collection<String> stages) throws IOException {
        RunFolder folder = new RunFolder(root);
        int changed = 0;
        for (InputRecord v : folder.readVideoRecords()) {
            for (String id : v.clipIds()) {
                if (!folder.hasClipRecord(id)) {
                    continue;
                }
                ClipRecord c = folder.readClipRecord(id);
                ClipRecord without = c;
                for (String s : stages) {
                    without = without.withoutStage(s);
                }
                if (!without.equals(c)) {
                    folder.writeClipRecord(without);
                    changed++;
                }
            }
            Map<String, String> marks = new TreeMap<>(v.stages());
            if (marks.keySet().removeAll(stages)) {
                folder.writeVideoRecord(v.withStages(marks));
            }
        }
        return changed;
    }
}
