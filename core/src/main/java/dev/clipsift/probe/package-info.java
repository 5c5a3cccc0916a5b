/**
 * Video metadata read in-process, and its cache.
 * Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.probe;

import org.jspecify.annotations.NullMarked;
