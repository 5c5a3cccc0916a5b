/**
 * How numbers are written for people.
 * Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.text;

import org.jspecify.annotations.NullMarked;
