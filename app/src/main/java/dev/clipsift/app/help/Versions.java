package dev.clipsift.app.help;

import dev.clipsift.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;

/** The versions a bug report needs: ClipSift, Java, the OS, JavaFX, and the FFmpeg build JavaCV loaded. */
public final class Versions {
    private Versions() {}

    /** Name to version, in the order shown. */
    public static Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("ClipSift", Version.get());
        out.put(
                "Java",
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                        + System.getProperty("java.vm.name") + ")");
        out.put(
                "OS",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
        out.put("JavaFX", String.valueOf(System.getProperty("javafx.runtime.version")));
        out.put(
                "JavaCV",
                String.valueOf(org.bytedeco.javacv.FFmpegFrameGrabber.class
                        .getPackage()
                        .getImplementationVersion()));
        out.put("FFmpeg", ffmpeg());
        out.put("FFmpeg licence", avutil.avutil_license().getString());
        out.put("FFmpeg configuration", avformat.avformat_configuration().getString());
        out.put("CPU cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        out.put("Max heap", Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
        return out;
    }

    /** The FFmpeg version string with libavcodec's version, e.g. "8.1.2 (libavcodec 62.11.100)". */
    static String ffmpeg() {
        int c = avcodec.avcodec_version();
        return avutil.av_version_info().getString() + " (libavcodec " + (c >> 16) + "." + ((c >> 8) & 0xff) + "."
                + (c & 0xff) + ")";
    }

    /** The versions as "name: value" lines. */
    public static String text() {
        StringBuilder b = new StringBuilder();
        all().forEach((k, v) -> b.append(k).append(": ").append(v).append('\n'));
        return b.toString();
    }
}
