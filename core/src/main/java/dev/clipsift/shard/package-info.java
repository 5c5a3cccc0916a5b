/**
 * The shard family (config section {@code shard}, order 500): a pass over the whole run that packs the kept
 * clips into WebDataset tar shards ({@code <key>.mp4}, {@code <key>.json}, {@code <key>.txt} per sample),
 * binned by aspect ratio and resolution as cosmos-curate bins them, and writes {@code manifest.parquet} (one
 * row per clip of the run) and {@code index.json} beside them, to the run folder, a local folder or an S3
 * prefix. Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.clipsift.shard;

import org.jspecify.annotations.NullMarked;
