package dev.clipsift.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PySceneDetect as the split benchmark's reference: a small inline script run by a chosen Python interpreter
 * that times {@code detect()} inside the process (PySceneDetect's steady-state time: the video opened and every
 * frame analysed, Python's start-up and the imports excluded) and prints it; the process's wall time is the
 * whole-process figure.
 */
final class PySceneDetect {
    private static final Map<String, String> CLASSES =
            Map.of("content", "ContentDetector", "adaptive", "AdaptiveDetector", "threshold", "ThresholdDetector");
    private static final Pattern DETECT_S = Pattern.compile("detect_s=([0-9.]+)");

    private PySceneDetect() {}

    /** The command that times {@code detector} on {@code video} with {@code python}, or a skipped reference that says why. */
    static SplitBenchmark.Reference reference(Path python, Path video, String detector)
            throws IOException, InterruptedException {
        String name = "PySceneDetect";
        String cls = CLASSES.get(detector);
        if (cls == null) {
            return SplitBenchmark.Reference.skipped(name, "PySceneDetect has no " + detector + " detector: skipped");
        }
        ExternalTool.Completed imports =
                ExternalTool.run(List.of(python.toString(), "-c", "import cv2\nimport scenedetect"));
        if (!imports.ok()) {
            return SplitBenchmark.Reference.skipped(
                    name,
                    "skipped: " + python + " cannot import PySceneDetect: " + imports.lastLine()
                            + " (install scenedetect and opencv for it, or name another interpreter with --python PATH)");
        }
        String script = "import sys, time\n"
                + "from scenedetect import detect, " + cls + "\n"
                + "t = time.perf_counter()\n"
                + "detect(sys.argv[1], " + cls + "())\n"
                + "print('detect_s=%.6f' % (time.perf_counter() - t))\n";
        return new SplitBenchmark.Reference(
                name + " " + cls,
                List.of(python.toString(), "-c", script, video.toString()),
                PySceneDetect::detectSeconds,
                python + " -c SCRIPT: steady = detect() timed inside Python (imports and "
                        + "start-up excluded); whole = the process");
    }

    private static double detectSeconds(ExternalTool.Completed run) throws IOException {
        Matcher m = DETECT_S.matcher(run.output());
        if (!m.find()) {
            throw new IOException("PySceneDetect printed no timing: " + run.lastLine());
        }
        return Double.parseDouble(m.group(1));
    }
}
