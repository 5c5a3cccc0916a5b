package dev.clipsift.shard;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.engine.ClipStage;
import dev.clipsift.engine.FamilyOptions;
import dev.clipsift.engine.RunPass;
import dev.clipsift.engine.StageFamily;
import dev.clipsift.source.S3Location;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The shard family: no clip stage, one pass over the whole run ({@link ShardPass}) when {@code enabled}. Order
 * 500: it runs after the filter pass and after dedup, so the statuses it reads are final.
 */
public final class ShardFamily implements StageFamily<ShardConfig> {
    @Override
    public String section() {
        return "shard";
    }

    @Override
    public Class<ShardConfig> configType() {
        return ShardConfig.class;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public ShardConfig defaults() {
        return ShardConfig.defaults();
    }

    @Override
    public List<ClipStage> stages(ShardConfig config) {
        return List.of();
    }

    @Override
    public List<RunPass> passes(ShardConfig config) {
        return config.enabled() ? List.of(new ShardPass(config)) : List.of();
    }

    @Override
    public FamilyOptions options() {
        return new Options();
    }

    /** {@code --shards} and the shard settings; an option given switches sharding on, what is not given stays. */
    public static final class Options implements FamilyOptions {
        @Option(
                names = "--shards",
                description = "End the run by writing WebDataset shards and manifest.parquet (default: shards/ in"
                        + " the run folder).")
        boolean enabled;

        @Option(
                names = "--shard-output",
                paramLabel = "DIR|S3",
                description = "Write the shards to this folder or s3://bucket/prefix instead.")
        @Nullable
        String output;

        @Option(
                names = "--shard-target-size-mb",
                paramLabel = "MB",
                description =
                        "Largest tar, in MB (10^6 bytes; default 500); a bigger single clip gets a tar of its own.")
        @Nullable
        Double targetSizeMb;

        @Option(
                names = "--shard-tars-per-part",
                paramLabel = "N",
                description = "Tars per part_NNNNNN folder of a bin (default 100).")
        @Nullable
        Integer tarsPerPart;

        @Option(
                names = "--shard-caption-version",
                paramLabel = "vN",
                description = "Caption version written as each sample's txt (default: the newest ok version).")
        @Nullable
        String captionVersion;

        @Option(
                names = "--shard-include-filtered",
                description = "Pack filtered clips too (default: kept clips only; duplicates and failed clips never).")
        boolean includeFiltered;

        @Option(
                names = "--shard-s3-profile",
                paramLabel = "NAME",
                description = "AWS profile for an s3:// --shard-output (default: the standard credential chain).")
        @Nullable
        String s3Profile;

        @Option(
                names = "--shard-s3-endpoint",
                paramLabel = "URL",
                description = "S3-compatible endpoint of an s3:// --shard-output (default: AWS).")
        @Nullable
        URI s3Endpoint;

        @Option(names = "--shard-s3-region", paramLabel = "REGION", description = "Region of an s3:// --shard-output.")
        @Nullable
        String s3Region;

        @Option(
                names = "--shard-s3-path-style",
                description = "Path-style addressing for an s3:// --shard-output (MinIO, Ceph, local servers).")
        boolean s3PathStyle;

        @Override
        public void applyTo(ObjectNode section) {
            boolean any = enabled
                    || output != null
                    || targetSizeMb != null
                    || tarsPerPart != null
                    || captionVersion != null
                    || includeFiltered;
            if (any) {
                section.put("enabled", true);
            }
            if (output != null) {
                section.put("output", absolute(output));
            }
            if (targetSizeMb != null) {
                section.put("target_size_mb", targetSizeMb);
            }
            if (tarsPerPart != null) {
                section.put("tars_per_part", tarsPerPart);
            }
            if (captionVersion != null) {
                section.put("caption_version", captionVersion);
            }
            if (includeFiltered) {
                section.put("include_filtered", true);
            }
            applyS3(section);
        }

        /**
         * {@code output} as saved in the run's config: an s3:// prefix as given, a folder made absolute (later
         * commands may start elsewhere).
         */
        public static String absolute(String output) {
            return S3Location.isS3(output)
                    ? output
                    : Path.of(output).toAbsolutePath().normalize().toString();
        }

        private void applyS3(ObjectNode section) {
            if (s3Profile == null && s3Endpoint == null && s3Region == null && !s3PathStyle) {
                return;
            }
            ObjectNode s3 = section.get("s3") instanceof ObjectNode o ? o : section.putObject("s3");
            if (s3Profile != null) {
                s3.put("profile", s3Profile);
            }
            if (s3Endpoint != null) {
                s3.put("endpoint", s3Endpoint.toString());
            }
            if (s3Region != null) {
                s3.put("region", s3Region);
            }
            if (s3PathStyle) {
                s3.put("path_style", true);
            }
        }
    }
}
