package dev.clipsift.pipeline;

/**
 * Where a worker runs: the CPU, or GPU {@code index} (a CUDA device ordinal). The runner hands each worker of
 * a GPU stage a device in turn, so workers spread over the machine's GPUs.
 */
public record Device(Kind kind, int index) {
    public enum Kind {
        CPU,
        GPU
    }

    public static final Device CPU = new Device(Kind.CPU, 0);

    public Device {
        if (index < 0) {
            throw new IllegalArgumentException("device index must be >= 0");
        }
    }

    public static Device gpu(int index) {
        return new Device(Kind.GPU, index);
    }

    public boolean isGpu() {
        return kind == Kind.GPU;
    }

    @Override
    public String toString() {
        return isGpu() ? "cuda:" + index : "cpu";
    }
}
