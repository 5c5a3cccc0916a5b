/**
 * Reviewing a finished run: every reviewer action in an append-only, fsync'd journal in the run folder
 * ({@link dev.clipsift.review.ReviewJournal}), replayed into a {@link dev.clipsift.review.ReviewState}; an in-memory
 * columnar index over the run's clip records for filtering, histograms, sorting, caption search and similarity
 * ({@link dev.clipsift.review.ReviewIndex}); caption versions with their history; re-captioning a selection through
 * the captioning family; and the export of the kept clips through the shard pass with a review report. No JavaFX:
 * the workbench's review screen and the {@code clipsift review} commands build on it.
 */
@NullMarked
package dev.clipsift.review;

import org.jspecify.annotations.NullMarked;
