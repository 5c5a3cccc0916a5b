/**
 * The curation run: its stages, records, run folder, summary and resume.
 * Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.run;

import org.jspecify.annotations.NullMarked;
