package dev.clipsift.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * How many GPUs a run may use: {@code CLIPSIFT_GPUS} or the run's setting when given, else the NVIDIA GPUs the
 * driver lists ({@code /proc/driver/nvidia/gpus/*}), limited by {@code CUDA_VISIBLE_DEVICES} when that is set;
 * 0 on a machine without them. No process is started to find out. Which ones: CUDA device ordinals, as this
 * process numbers them ({@code CUDA_VISIBLE_DEVICES} renumbers the GPUs it shows from 0); the first ones, or those
 * a scheduler assigned ({@link #assigned}).
 */
public final class Gpus {
    private Gpus() {}

    /** {@code configured} when not null, else what the machine has. */
    public static int count(@Nullable Integer configured) {
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

    /** The CUDA ordinals {@code 0..count-1}. */
    public static List<Integer> first(int count) {
        return IntStream.range(0, count).boxed().toList();
    }

    /**
     * The CUDA ordinals, in this process, of the GPUs a scheduler assigned by the names its discovery script
     * reported ({@code addresses}: Spark's task GPU addresses, e.g. {@code "2","3"}, the machine's GPU indices
     * as {@code nvidia-smi} lists them): the same numbers when {@code visibleDevices} ({@code CUDA_VISIBLE_DEVICES})
     * is unset, else their positions in it, since CUDA numbers the GPUs it shows from 0. An address it does not
     * show, or one that is no index when it is unset, is an error rather than a guess at some other GPU.
     */
    public static List<Integer> assigned(String[] addresses, @Nullable String visibleDevices) {
        List<String> visible =
                visibleDevices == null ? null : List.of(visibleDevices.trim().split("\\s*,\\s*"));
        List<Integer> ordinals = new ArrayList<>();
        for (String a : addresses) {
            String address = a.trim();
            if (visible != null) {
                int at = visible.indexOf(address);
                if (at < 0) {
                    throw new IllegalArgumentException("GPU " + address + " was assigned, but CUDA_VISIBLE_DEVICES="
                            + visibleDevices + " does not show it to this process");
                }
                ordinals.add(at);
            } else if (address.matches("\\d+")) {
                ordinals.add(Integer.parseInt(address));
            } else {
                throw new IllegalArgumentException("GPU address '" + address
                        + "' is no device index (have the discovery script list nvidia-smi's indices,"
                        + " or set CUDA_VISIBLE_DEVICES to the names it lists)");
            }
        }
        return List.copyOf(ordinals);
    }

    static int detect(Path driverList, @Nullable String visibleDevices) {
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
