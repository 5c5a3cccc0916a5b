package dev.clipsift.testfamily;

import dev.clipsift.engine.RunPass;
import dev.clipsift.engine.RunRecords;
import dev.clipsift.io.Json;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The test family's pass over the whole run: ranks every clip with a brightness score, brightest first, into
 * {@code brightness/ranking.json}, and calls the dimmest a duplicate of the brightest (a status a pass sets, as
 * dedup does; the others get {@code ok} back, so the pass is the same whatever it did before).
 */
final class BrightnessRankPass implements RunPass {
    @Override
    public String name() {
        return "brightness_rank";
    }

    @Override
    public Map<String, Object> describe() {
        return Map.of("order", "brightness_mean, descending");
    }

    @Override
    public Map<String, Object> run(RunRecords run) throws Exception {
        List<ClipRecord> scored = new ArrayList<>();
        List<String> ids = run.clipIds();
        for (String id : ids) {
            ClipRecord c = run.clip(id);
            if (c.scores() != null && c.scores().get("brightness_mean") != null) {
                scored.add(c);
            }
            run.progress(scored.size(), ids.size());
        }
        scored.sort(Comparator.comparingDouble((ClipRecord c) -> -c.scores().get("brightness_mean")));
        Json.writeAtomically(
                run.file("brightness/ranking.json"),
                scored.stream().map(ClipRecord::id).toList());
        for (int i = 0; i < scored.size(); i++) {
            ClipRecord c = scored.get(i);
            Status want = i == scored.size() - 1 && i > 0
                    ? Status.duplicate(scored.get(0).id())
                    : Status.OK;
            if (c.status().state() != Status.State.FILTERED && !c.status().equals(want)) {
                run.write(c.withStatus(want));
            }
        }
        return Map.of("clips", scored.size());
    }
}
