/**
 * The quality scorer family: a no-reference technical quality score per clip ({@code quality}, 0-10) from
 * BRISQUE, sharpness, exposure, contrast, colourfulness and compression blockiness, with a
 * {@code --quality-filter} on it. Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.quality;

import org.jspecify.annotations.NullMarked;
