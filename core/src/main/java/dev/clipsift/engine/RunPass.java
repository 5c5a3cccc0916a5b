package dev.clipsift.engine;

import java.util.Map;

/**
 * Work a family does over the whole run once the pipeline has finished: deduplication, sharding, anything that
 * must see every clip of the run (those of earlier sessions too, which a resumed run does not stream through its
 * clip stages again). The run calls the passes of every family, in registry order, after its first filter
 * pass (so statuses follow the saved thresholds) and counts statuses again after them.
 *
 * <p>A pass reads records through {@link RunRecords} and may rewrite clip records (statuses, its own group)
 * and write files of its own under the run folder. It is redone at the end of every run and every command that
 * runs the pipeline ({@code run}, {@code resume}, {@code score}, ...): make it idempotent (the same records give
 * the same files and statuses), and cheap when nothing changed.
 */
public interface RunPass {
    /** Unique among the run's stages and passes ({@code dedup}, {@code shard}). */
    String name();

    /** Its parameters, for the manifest (like {@link dev.clipsift.pipeline.Stage#describe}). */
    Map<String, Object> describe();

    /** Cheap checks before the run writes anything (an output it cannot write to, a missing model). */
    default void validate() throws Exception {}

    /**
     * Does the pass; returns what it did, for {@code summary.json}'s {@code passes.<name>} (JSON-serialisable:
     * maps, lists, strings, numbers). Checks {@link RunRecords#cancelled} between items.
     */
    Map<String, Object> run(RunRecords run) throws Exception;
}
