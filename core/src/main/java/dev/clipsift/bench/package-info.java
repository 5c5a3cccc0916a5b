/**
 * Benchmarks that time ClipSift against the reference tools (ffprobe, ffmpeg, PySceneDetect) on the same files.
 * Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.bench;

import org.jspecify.annotations.NullMarked;
