/**
 * What a stage family builds on: the clip item that flows through the clip stages ({@link ClipItem}), the
 * frames the shared decode hands out ({@link FrameNeed}, {@link FrameSample}), the clip-stage base class
 * ({@link ClipStage}) with per-stage completion, and the registry through which a family brings its config
 * section, its command-line options and its stages ({@link StageFamily}, {@link FamilyRegistry}). Families
 * depend on this package and {@code model}, never on the run's internals.
 * Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.engine;

import org.jspecify.annotations.NullMarked;
