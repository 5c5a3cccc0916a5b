/**
 * Captions: a vision-language model behind any OpenAI-compatible chat-completions server captions each clip,
 * window by window, from the frames of the shared decode ({@link dev.clipsift.caption.CaptionFamily}).
 * Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.caption;

import org.jspecify.annotations.NullMarked;
