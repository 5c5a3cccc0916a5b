/**
 * Files written atomically, JSON, and size-capped cache folders.
 * Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.io;

import org.jspecify.annotations.NullMarked;
