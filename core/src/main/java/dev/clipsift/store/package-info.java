/**
 * Where a run's results go: a local folder or an S3 prefix.
 * Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.store;

import org.jspecify.annotations.NullMarked;
