/**
 * The dedup family (config section {@code dedup}): each clip's content and perceptual hashes from the shared
 * decode ({@link dev.clipsift.dedup.HashStage}), then, over the whole run, the pass that groups exact,
 * near-duplicate and semantic copies, keeps one clip per group by a stated rule and marks the others
 * {@code duplicate} ({@link dev.clipsift.dedup.DedupPass}). Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.dedup;

import org.jspecify.annotations.NullMarked;
