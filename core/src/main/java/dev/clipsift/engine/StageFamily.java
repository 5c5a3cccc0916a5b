package dev.clipsift.engine;

import java.util.List;

/**
 * A stage family (scores, captions, embeddings, ...): everything the run needs to know of it, in one place.
 * Registered through {@code META-INF/services/dev.clipsift.engine.StageFamily}; the run iterates the registry,
 * so adding a family touches no file of the run. {@code C} is its config section, an immutable record whose
 * constructor validates (it is read strictly from {@code config.json}: an unknown key is an error).
 */
public interface StageFamily<C> {
    /** The key of its section in the run config ({@code "captioning"}), snake_case, unique among families. */
    String section();

    Class<C> configType();

    /**
     * Where its stages go among the families', lower first: scores and filters 100, captions 200, embeddings 300,
     * dedup 400, shards 500 (dedup and shards read what the earlier ones wrote).
     */
    default int order() {
        return 100;
    }

    /** The section when the user says nothing: usually the family switched off. */
    C defaults();

    /** Its stages for {@code config}, in order; none when it is switched off. */
    List<ClipStage> stages(C config);

    /**
     * The filters its scores feed, with their modes and thresholds from {@code config} (none by default). They
     * read records only: changing a threshold re-filters without re-scoring, so thresholds and modes stay out
     * of the stages' {@code describe()}.
     */
    default List<ClipFilter> filters(C config) {
        return List.of();
    }

    /**
     * Its passes over the whole run for {@code config} ({@link RunPass}: dedup, shards), run after the pipeline;
     * none by default.
     */
    default List<RunPass> passes(C config) {
        return List.of();
    }

    /** A fresh object holding its command-line options. */
    FamilyOptions options();
}
