/**
 * On-screen text: PP-OCRv4 text detection and recognition through ONNX Runtime on a few sampled frames per
 * clip, boxes tracked across frames to tell a persistent overlay (caption, logo, copyright line) from scene
 * text, as cosmos-curate's artificial-text filter does. Config section {@code text}.
 * Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.ocr;

import org.jspecify.annotations.NullMarked;
