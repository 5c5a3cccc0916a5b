/**
 * FFmpeg through JavaCV: frame reading, logging and error messages.
 * Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.video;

import org.jspecify.annotations.NullMarked;
