/**
 * The {@code clipsift} command line: commands, options, exit codes, and what goes to stdout and stderr.
 * Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.cli;

import org.jspecify.annotations.NullMarked;
