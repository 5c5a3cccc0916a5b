package dev.clipsift.engine;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ONNX Runtime environment, for every stage that runs an ONNX model. ONNX Runtime 1.29 kills the JVM
 * (SIGSEGV, no error report) when it starts in a Linux process whose command line is longer than about 4 KB,
 * as {@code java -cp <a long class path>} easily is; this checks first and fails with a clear error instead.
 * The launchers keep the command line short (a {@code lib/*} wildcard class path).
 */
public final class Onnx {
    /** The longest command line (bytes of {@code /proc/self/cmdline}) known to let ONNX Runtime start. */
    static final int MAX_COMMAND_LINE = 3800;

    private Onnx() {}

    public static OrtEnvironment environment() {
        int length = commandLineLength();
        if (length > MAX_COMMAND_LINE) {
            throw new IllegalStateException("ONNX Runtime cannot start in this process: its command line is " + length
                    + " bytes long and ONNX Runtime crashes beyond about 4 KB; start Java with a shorter one (the class"
                    + " path in $CLASSPATH or as a lib/* wildcard, as ./clipsift does)");
        }
        return OrtEnvironment.getEnvironment();
    }

    /** The length of this process's command line, or 0 where the OS does not tell. */
    static int commandLineLength() {
        try {
            return Files.readAllBytes(Path.of("/proc/self/cmdline")).length;
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return 0;
        }
    }
}
