/**
 * Typed pipelines of stages run with bounded queues, per-stage worker pools, progress and cancellation.
 * Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.pipeline;

import org.jspecify.annotations.NullMarked;
