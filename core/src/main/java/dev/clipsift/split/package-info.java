/**
 * Shot detection (PySceneDetect's detectors, fixed strides, TransNetV2) and clip spans.
 * Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.split;

import org.jspecify.annotations.NullMarked;
