/**
 * The aesthetic scorer family: a user-supplied CLIP-style ONNX image model (optionally with a separate MLP head,
 * as the LAION aesthetic predictor) scores frames at 1 fps on the LAION 1-10 scale; the clip's
 * {@code aesthetic} is their minimum (or mean), with an {@code --aesthetic-filter} on it. Off by default.
 * Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.aesthetic;

import org.jspecify.annotations.NullMarked;
