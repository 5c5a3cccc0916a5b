/**
 * Grid preview videos: a seeded pick of videos tiled side by side into one H.264 MP4.
 * Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.grid;

import org.jspecify.annotations.NullMarked;
