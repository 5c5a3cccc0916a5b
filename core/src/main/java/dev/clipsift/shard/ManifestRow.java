package dev.clipsift.shard;

import dev.clipsift.model.Caption;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.ShardRef;
import org.jspecify.annotations.Nullable;

/**
 * One clip in the manifest: its record, the caption chosen for it, the shard it went into (null when it was
 * not packed) and, for a clip that should have been packed but could not be, why.
 */
record ManifestRow(ClipRecord clip, @Nullable Caption caption, @Nullable ShardRef shard, @Nullable String skipped) {}
