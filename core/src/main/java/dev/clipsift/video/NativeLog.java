package dev.clipsift.video;

/**
 * Routes JavaCPP's own messages (native library loading) to SLF4J instead of raw stderr, so the logging
 * configuration decides what a user sees. It matters for one known message: the pinned openblas natives
 * (0.3.31-1.5.13, the newest on Maven Central) are one JavaCPP release behind the rest, and JavaCPP would
 * print "Versions of org.bytedeco:javacpp:1.5.14 and org.bytedeco:openblas:0.3.31-1.5.13 do not match" on
 * every start; logback.xml keeps the loader's warnings out of the console. Call first thing in {@code main},
 * before any JavaCV class loads.
 */
public final class NativeLog {
    private NativeLog() {}

    public static void toSlf4j() {
        if (System.getProperty("org.bytedeco.javacpp.logger") == null) {
            System.setProperty("org.bytedeco.javacpp.logger", "slf4j");
        }
    }
}
