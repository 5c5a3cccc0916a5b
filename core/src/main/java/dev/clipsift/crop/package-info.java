/**
 * Black-bar (letterbox, pillarbox) detection on decoded pictures: which part of the picture holds content.
 * Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.crop;

import org.jspecify.annotations.NullMarked;
