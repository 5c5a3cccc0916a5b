/**
 * The motion scorer family (config section {@code motion}): dense optical flow between small frames of each
 * clip, scored as cosmos-curate scores motion ({@code motion_global_mean}, {@code motion_per_patch_min_256}),
 * and the filter that rejects low-motion clips. Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.motion;

import org.jspecify.annotations.NullMarked;
