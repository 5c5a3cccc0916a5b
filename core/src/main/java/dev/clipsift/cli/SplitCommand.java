package dev.clipsift.cli;

import dev.clipsift.io.Json;
import dev.clipsift.probe.Prober;
import dev.clipsift.probe.VideoRecord;
import dev.clipsift.split.Shot;
import dev.clipsift.split.ShotSplitter;
import dev.clipsift.split.ShotSplitter.SplitResult;
import dev.clipsift.split.ShotSplitters;
import dev.clipsift.split.SplitConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "split",
        mixinStandardHelpOptions = true,
        description = {
            "Split one video into shots with a PySceneDetect-compatible detector and print them.",
            "Frames are 0-based decoded frames; a shot is [start, end], both inclusive.",
            "Exit status: 0 ok, 1 usage error, 2 the video cannot be read."
        },
        footer = {
            "",
            "Parameters (--param KEY=VALUE), with PySceneDetect's names and defaults:",
            "  content    threshold=27 min_scene_len=15 filter_mode=merge|suppress",
            "             delta_hue=1 delta_sat=1 delta_lum=1 delta_edges=0",
            "             luma_only=false kernel_size=(auto, odd) downscale=0",
            "  adaptive   adaptive_threshold=3.0 min_scene_len=15 window_width=2",
            "             min_content_val=15 delta_hue/sat/lum/edges luma_only",
            "             kernel_size downscale=0",
            "  threshold  threshold=12 min_scene_len=15 fade_bias=0",
            "             method=floor|ceiling add_final_scene=false downscale=0",
            "  fixed-stride  stride_s=10",
            "  transnetv2    model=PATH (TransNetV2 ONNX file, required)",
            "             threshold=0.4 apply_sigmoid=true output=(first output)",
            "min_scene_len: frames (15) or seconds (0.6s). downscale: 0 = auto",
            "(width / 256, as PySceneDetect), 1 = full size, N = divide by N."
        })
final class SplitCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "VIDEO", description = "The video file.")
    Path video;

    @Option(
            names = "--detector",
            paramLabel = "NAME",
            defaultValue = "content",
            description = "content, adaptive, threshold, fixed-stride or transnetv2 (default: ${DEFAULT-VALUE}).")
    String detector;

    @Option(
            names = "--threshold",
            paramLabel = "T",
            description = "The detector's threshold (adaptive_threshold for adaptive).")
    String threshold;

    @Option(names = "--min-scene-len", paramLabel = "N", description = "Shortest shot: frames (15) or seconds (0.6s).")
    String minSceneLen;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Any detector parameter (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--json", description = "Print JSON: fps, frames, cuts (first frame of each new shot) and shots.")
    boolean json;

    @Mixin
    SharedOptions.Quiet quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ShotSplitter splitter;
        try {
            splitter = ShotSplitters.create(new SplitConfig(detector, detectorParams()));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(video)) {
            err.println(
                    "clipsift: cannot read " + video + ": " + (Files.exists(video) ? "not a file" : "no such file"));
            return ExitCodes.SOME_ITEMS_FAILED;
        }
        SplitResult result;
        Progress[] progress = {null};
        try {
            result = splitter.split(video, () -> false, n -> {
                if (progress[0] == null) {
                    progress[0] = new Progress("split " + video.getFileName(), expectedFrames(), !quiet.get());
                }
                progress[0].step(true);
            });
        } catch (IOException e) {
            err.println("clipsift: cannot read " + video + ": " + e.getMessage());
            return ExitCodes.SOME_ITEMS_FAILED;
        } finally {
            if (progress[0] != null) {
                progress[0].close();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(toJson(splitter, result)));
        } else {
            printTable(out, splitter, result);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The probed frame count for the progress bar, 0 when unknown (then it counts without a bar). */
    private long expectedFrames() {
        VideoRecord r = new Prober().probe(video);
        return r.ok() && r.frames() != null ? r.frames() : 0;
    }

    private Map<String, Object> detectorParams() {
        Map<String, Object> p = new LinkedHashMap<>(params);
        if (threshold != null) {
            String key =
                    switch (detector) {
                        case "adaptive" -> "adaptive_threshold";
                        case "content", "threshold", "transnetv2" -> "threshold";
                        default -> throw new ParameterException(
                                spec.commandLine(), "--threshold does not apply to " + detector);
                    };
            putOnce(p, key, threshold);
        }
        if (minSceneLen != null) {
            if ("fixed-stride".equals(detector) || "transnetv2".equals(detector)) {
                throw new ParameterException(spec.commandLine(), "--min-scene-len does not apply to " + detector);
            }
            putOnce(p, "min_scene_len", minSceneLen);
        }
        return p;
    }

    private void putOnce(Map<String, Object> p, String key, String value) {
        if (p.put(key, value) != null) {
            throw new ParameterException(spec.commandLine(), key + " given twice (option and --param)");
        }
    }

    private static Map<String, Object> toJson(ShotSplitter splitter, SplitResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fps", r.fps());
        m.put("frames", r.frames());
        m.put("cuts", r.cuts());
        m.put("shots", r.shots().stream().map(s -> List.of(s.start(), s.end())).toList());
        m.put("detector", splitter.name());
        m.put("params", splitter.parameters());
        return m;
    }

    private static void printTable(PrintWriter out, ShotSplitter splitter, SplitResult r) {
        out.printf(Locale.ROOT, "%5s %8s %8s %8s %10s %10s%n", "shot", "start", "end", "frames", "start_s", "end_s");
        int n = 0;
        for (Shot s : r.shots()) {
            out.printf(
                    Locale.ROOT,
                    "%5d %8d %8d %8d %10.3f %10.3f%n",
                    ++n,
                    s.start(),
                    s.end(),
                    s.frames(),
                    s.start() / r.fps(),
                    (s.end() + 1) / r.fps());
        }
        out.printf(
                Locale.ROOT,
                "%d shots, %d frames at %.3f fps; %s %s%n",
                r.shots().size(),
                r.frames(),
                r.fps(),
                splitter.name(),
                splitter.parameters());
    }
}
