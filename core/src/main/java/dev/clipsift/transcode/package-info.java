/**
 * Clips cut and encoded to browser-friendly H.264 MP4.
 * Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.transcode;

import org.jspecify.annotations.NullMarked;
