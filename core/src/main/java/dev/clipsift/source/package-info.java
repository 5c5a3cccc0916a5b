/**
 * Where videos come from: folders, S3 and S3-compatible stores, URL lists and Hugging Face datasets.
 * Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.source;

import org.jspecify.annotations.NullMarked;
