/**
 * ClipSift's engine: the version and the packages below.
 * Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift;

import org.jspecify.annotations.NullMarked;
