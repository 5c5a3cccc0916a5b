/**
 * Short decoded previews of videos, upright and downscaled, cached on disk.
 * Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.preview;

import org.jspecify.annotations.NullMarked;
