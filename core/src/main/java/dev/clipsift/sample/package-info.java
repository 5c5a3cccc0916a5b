/**
 * Seeded, reproducible samples of a listing, and the sample file.
 * Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.sample;

import org.jspecify.annotations.NullMarked;
