package dev.clipsift.bench;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code ffmpeg -benchmark} prints when it ends ("bench: utime=1.2s stime=0.1s rtime=0.8s"): CPU and
 * real seconds of its processing loop, measured by ffmpeg itself after its start-up and after opening the
 * inputs. {@code rtime} is ffmpeg's steady-state time; the process's wall time adds the start-up.
 */
record FfmpegBenchLine(double utimeS, double stimeS, double rtimeS) {
    private static final Pattern LINE = Pattern.compile("bench: utime=([0-9.]+)s stime=([0-9.]+)s rtime=([0-9.]+)s");

    static FfmpegBenchLine of(ExternalTool.Completed run) throws IOException {
        Matcher m = LINE.matcher(run.output());
        if (!m.find()) {
            throw new IOException("no 'bench:' line in ffmpeg's output: " + run.lastLine());
        }
        return new FfmpegBenchLine(
                Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)));
    }

    double cpuS() {
        return utimeS + stimeS;
    }
}
