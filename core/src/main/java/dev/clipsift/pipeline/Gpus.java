package dev.clipsift.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * How many GPUs a run may use: {@code CLIPSIFT_GPUS} or the run's setting when given, else the NVIDIA GPUs the
 * driver lists ({@code /proc/driver/nvidia/gpus/*}), limited by {@code CUDA_VISIBLE_DEVICES} when that is set;
 * 0 on a machine without them. No process is started to find out.
 */
public final class Gpus {
    private Gpus() {}

    /** {@code configured} when not null, else what the machine has. */
    public static int count(Integer configured) {
        if (configured != null) {
            if (configured < 0) {
                throw new IllegalArgumentException("GPU count must be 0 or more, not " + configured);
            }
            return configured;
        }
        String env = System.getenv("CLIPSIFT_GPUS");
        if (env != null && env.matches("\\d+")) {
            return Integer.parseInt(env);
        }
        return detect(Path.of("/proc/driver/nvidia/gpus"), System.getenv("CUDA_VISIBLE_DEVICES"));
    }

    static int detect(Path driverList, String visibleDevices) {
        int present;
        try (Stream<Path> gpus = Files.list(driverList)) {
            present = (int) gpus.count();
        } catch (IOException e) {
            present = 0;
        }
        if (visibleDevices == null) {
            return present;
        }
        String v = visibleDevices.trim();
        int visible = v.isEmpty() || v.equals("-1") ? 0 : v.split(",").length;
        return Math.min(present, visible);
    }
}
