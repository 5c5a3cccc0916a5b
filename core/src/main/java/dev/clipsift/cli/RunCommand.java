package dev.clipsift.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.io.Json;
import dev.clipsift.run.RunConfig;
import dev.clipsift.run.RunConfigReader;
import dev.clipsift.source.S3Location;
import dev.clipsift.source.UrlSource;
import dev.clipsift.split.ShotSplitters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Curate videos into clips: list -> probe -> split into shots -> clip spans -> transcode (H.264 MP4) -> records.",
            "Writes OUT/config.json, OUT/videos/<id>.json, OUT/clips/<id>.mp4 + .json and OUT/summary.json.",
            "SRC: a folder or file, s3://BUCKET/PREFIX, hf://datasets/OWNER/NAME[/PATH] or urls:FILE (http(s) URLs, one a",
            "line). Remote videos are downloaded as the run reaches them, up to --threads at",
            "once (into --cache-dir; each copy is deleted once its video is done). Records show",
            "them as s3://BUCKET/KEY or the URL without its query, never credentials. A",
            "video that cannot be downloaded fails alone (probe.download_failed).",
            "OUT: a folder or s3://BUCKET/PREFIX. For s3:// the run works in a local",
            "staging folder (--staging) and uploads each video as soon as it is done:",
            "its clips + records, videos/<id>.json last (so that key means the video is",
            "complete); config.json at the start, summary.json at the end.",
            "Settings come from --config (a JSON file of settings, or a run's OUT/config.json),",
            "then the flags below; an unknown key in the file is an error. A stopped or killed",
            "run continues with 'clipsift resume OUT' (or the same 'run' command again);",
            "uploaded videos are not redone. Running again into OUT with other transcode or",
            "stage-family settings (same input, splitting and clip spans) redoes only those stages.",
            "With --shard I/N only that shard's videos are done, into the same OUT as the other shards",
            "(OUT/partitions/shard-I-of-N.json when it is done); 'clipsift summarize OUT' ends the run.",
            "Exit code: 0 all videos fine, 2 some videos or clips failed (the run still finishes), 3 OUT (or this",
            "shard of it) is in use by another run, 1 usage or internal error."
        })
final class RunCommand implements Callable<Integer> {
    @Option(
            names = {"--input", "--input-video-path"},
            paramLabel = "SRC",
            description =
                    "Folder (listed recursively), video file, s3://BUCKET/PREFIX, hf://datasets/OWNER/NAME or urls:FILE.")
    String input;

    @Option(
            names = {"--output", "--output-clip-path"},
            paramLabel = "OUT",
            required = true,
            description = "Output folder or s3://BUCKET/PREFIX of the run.")
    String output;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Run settings as JSON (flags given here override them).")
    Path config;

    @Option(
            names = "--limit",
            paramLabel = "N",
            description = "Process only the first N input videos (default 0 = all).")
    Integer limit;

    @Option(names = "--limit-clips", paramLabel = "N", description = "At most N clips per video (default 0 = all).")
    Integer limitClips;

    @Option(
            names = "--splitting-algorithm",
            paramLabel = "ALG",
            description = "content (default), adaptive, threshold or fixed-stride.")
    String algorithm;

    @Option(
            names = "--fixed-stride-split-duration",
            paramLabel = "S",
            description = "Clip length of fixed-stride splitting (default 10 s).")
    Double strideS;

    @Option(
            names = "--min-clip-length-s",
            paramLabel = "S",
            description = "Drop clips shorter than this (default 2.0).")
    Double minS;

    @Option(
            names = "--min-clip-length-frames",
            paramLabel = "N",
            description = "Drop clips with fewer frames (default 48).")
    Integer minFrames;

    @Option(
            names = "--max-clip-length-s",
            paramLabel = "S",
            description = "Longer shots are cut into pieces of this length (default 60).")
    Double maxS;

    @Option(
            names = "--max-clip-length-mode",
            paramLabel = "MODE",
            description = "stride (default: every piece) or truncate (first piece only).")
    String longShots;

    @Option(
            names = "--clip-crop-s",
            paramLabel = "S",
            description = "Trimmed from each end of a shot (default 0.5; 0 for fixed-stride).")
    Double cropS;

    @Option(
            names = "--transcode-encoder",
            paramLabel = "ENC",
            description = "libopenh264 (default), h264_nvenc (NVIDIA NVENC) or libx264 (GPL build only: mvn -Pgpl).")
    String encoder;

    @Option(
            names = "--transcode-bitrate-mbps",
            paramLabel = "MBPS",
            description = "Video bit rate (default 4; libopenh264 holds it only roughly).")
    Double bitrateMbps;

    @Option(
            names = "--transcode-max-fps",
            paramLabel = "FPS",
            description = "Cap the clips' frame rate (lowers, never raises; default 0 = off).")
    Double maxFps;

    @Option(
            names = "--transcode-max-output-frames",
            paramLabel = "N",
            description = "At most N frames per clip, by lowering its frame rate (default 0 = off).")
    Integer maxFrames;

    @Option(
            names = "--transcode-encoder-threads",
            paramLabel = "N",
            description = "Threads per clip encoder and decoder (default 1).")
    Integer encoderThreads;

    @Option(
            names = "--no-audio",
            description = "Leave the audio out of the clips (default: first audio stream, as AAC).")
    boolean noAudio;

    @Option(
            names = "--crop-black-bars",
            negatable = true,
            description = "Crop each clip's letterbox / pillarbox black bars while transcoding (default on;"
                    + " --no-crop-black-bars keeps the whole picture).")
    Boolean cropBlackBars;

    @Option(
            names = "--license",
            paramLabel = "TEXT",
            description = "Licence of the input videos (e.g. CC-BY-4.0), copied into every record and the summary.")
    String license;

    @Option(
            names = "--provenance",
            paramLabel = "TEXT",
            description = "Where the input videos come from, copied into every record and the summary.")
    String provenance;

    @Mixin
    RunSession.Options session;

    @Mixin
    ShardOption shard;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RunConfig resolved = resolve();
        session.part = shard.part;
        return RunSession.execute(spec, output, session, run -> run.submit(resolved));
    }

    /** The config file (if any) with the flags laid over it; clip-span fields left out take the algorithm's defaults. */
    RunConfig resolve() throws IOException {
        ObjectMapper m = Json.mapper();
        ObjectNode n = config != null ? settingsIn(m.readTree(config.toFile())) : m.createObjectNode();
        if (input != null) {
            n.put("input", input);
        }
        if (!n.hasNonNull("input")) {
            throw new ParameterException(
                    spec.commandLine(), "Missing required option: '--input=SRC' (or \"input\" in --config)");
        }
        n.put("input", inputSpec(n.get("input").asText()));
        putIf(n, "limit", limit);
        putIf(n, "license", license);
        putIf(n, "provenance", provenance);
        putIf(n, "limit_clips", limitClips);
        ObjectNode split = child(n, "splitting");
        if (algorithm != null && !algorithm.equals(split.path("algorithm").asText(null))) {
            split.remove("params");
            split.put("algorithm", algorithm);
        }
        String alg = split.path("algorithm").asText("content");
        if (strideS != null) {
            if (!"fixed-stride".equals(alg)) {
                throw new ParameterException(
                        spec.commandLine(), "--fixed-stride-split-duration needs --splitting-algorithm fixed-stride");
            }
            child(split, "params").put("stride_s", strideS);
        }
        ObjectNode clips = m.valueToTree(RunConfig.defaultSpans(alg));
        clips.setAll(child(n, "clips"));
        putIf(clips, "min_s", minS);
        putIf(clips, "min_frames", minFrames);
        putIf(clips, "max_s", maxS);
        putIf(clips, "long_shots", longShots);
        putIf(clips, "crop_s", cropS);
        n.set("clips", clips);
        ObjectNode tc = child(n, "transcode");
        putIf(tc, "encoder", encoder);
        putIf(tc, "bitrate_mbps", bitrateMbps);
        putIf(tc, "max_fps", maxFps);
        putIf(tc, "max_output_frames", maxFrames);
        putIf(tc, "threads", encoderThreads);
        if (noAudio) {
            tc.put("keep_audio", false);
        }
        putIf(tc, "crop_black_bars", cropBlackBars);
        FamilyFlags.applyTo(spec, n);
        try {
            RunConfig resolved = new RunConfigReader(session.families())
                    .read(n, config != null ? config.toString() : "the run settings");
            ShotSplitters.create(resolved.splitting());
            return resolved;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "bad run settings: " + e.getMessage());
        }
    }

    /** The settings of a config file: the file itself, or the {@code config} of a run's manifest. */
    private ObjectNode settingsIn(JsonNode file) {
        JsonNode n = file != null && file.has("schema_version") && file.has("config") ? file.get("config") : file;
        if (!(n instanceof ObjectNode o)) {
            throw new ParameterException(
                    spec.commandLine(), "--config " + config + " does not hold a JSON object of run settings");
        }
        return o;
    }

    /** The input as saved: s3:// and hf:// as given, a URL list or a folder as an absolute path. */
    private String inputSpec(String in) {
        if (S3Location.isS3(in) || dev.clipsift.source.HfLocation.isHf(in)) {
            return in;
        }
        if (UrlSource.isUrl(in)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--input takes a URL list, not a single URL: put the URL in a file "
                            + "and pass urls:FILE (config.json would otherwise keep any signature in the URL)");
        }
        if (in.toLowerCase(Locale.ROOT).startsWith(UrlSource.LIST_PREFIX)) {
            return UrlSource.LIST_PREFIX
                    + Path.of(in.substring(UrlSource.LIST_PREFIX.length()))
                            .toAbsolutePath()
                            .normalize();
        }
        return Path.of(in).toAbsolutePath().normalize().toString();
    }

    private static ObjectNode child(ObjectNode parent, String name) {
        return FamilyFlags.section(parent, name);
    }

    private static void putIf(ObjectNode n, String key, Object value) {
        if (value != null) {
            n.set(key, Json.mapper().valueToTree(value));
        }
    }
}
