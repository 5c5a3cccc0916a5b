/**
 * The embeddings family (config section {@code embeddings}): a vector per clip from the frames of the shared
 * decode, by the built-in DCT descriptor ({@link dev.clipsift.embed.DctDescriptor}, no weights to download),
 * carried in the clip record until the end-of-run pass packs every new vector into one float16 part file
 * ({@link dev.clipsift.embed.EmbeddingParts}). Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.embed;

import org.jspecify.annotations.NullMarked;
