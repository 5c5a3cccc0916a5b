/**
 * Statistics and exports of a whole listing: duration, resolution, codec, frame rate, size and aspect.
 * Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.overview;

import org.jspecify.annotations.NullMarked;
