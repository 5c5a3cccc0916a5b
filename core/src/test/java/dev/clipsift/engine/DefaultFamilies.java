package dev.clipsift.engine;

import java.util.ArrayList;
import java.util.List;

/** The clip stages a run has when no family setting is given (each registered family's defaults), for tests. */
public final class DefaultFamilies {
    private DefaultFamilies() {}

    /** Their names, in run order. */
    public static List<String> stageNames() {
        List<String> names = new ArrayList<>();
        for (StageFamily<?> f : FamilyRegistry.discover().families()) {
            stagesOf(f).forEach(s -> names.add(s.name()));
        }
        return names;
    }

    /** Every stage of a default run: the built-in ones with the families' between transcode and records. */
    public static List<String> runStages() {
        List<String> all = new ArrayList<>(List.of("probe", "split", "spans", "transcode"));
        all.addAll(stageNames());
        all.add("records");
        return all;
    }

    private static <C> List<ClipStage> stagesOf(StageFamily<C> f) {
        return f.stages(f.defaults());
    }
}
