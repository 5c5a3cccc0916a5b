package dev.clipsift.transcode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How clips are encoded: H.264 yuv420p in MP4 (faststart). {@code encoder} is {@code libopenh264} (default,
 * LGPL build), {@code h264_nvenc} (NVIDIA GPUs with NVENC) or {@code libx264} (GPL build profile only).
 * {@code bitrateMbps} is the target video bit rate (libopenh264 may not hold it). {@code maxFps} and
 * {@code maxOutputFrames} (0 = off) lower a clip's frame rate, never raise it. {@code threads} is the
 * encoder's and decoder's threads per clip. {@code keepAudio} re-encodes the first audio stream as AAC.
 * {@code cropBlackBars} (default on) crops each clip's letterbox / pillarbox bars, detected on the clip's first
 * frames (see {@code dev.clipsift.crop}).
 */
public record TranscodeConfig(
        String encoder,
        Double bitrateMbps,
        Double maxFps,
        Integer maxOutputFrames,
        Integer threads,
        Boolean keepAudio,
        Boolean cropBlackBars) {
    public static final String DEFAULT_ENCODER = "libopenh264";

    public TranscodeConfig {
        encoder = encoder == null ? DEFAULT_ENCODER : encoder;
        bitrateMbps = bitrateMbps == null ? 4.0 : bitrateMbps;
        maxFps = maxFps == null ? 0.0 : maxFps;
        maxOutputFrames = maxOutputFrames == null ? 0 : maxOutputFrames;
        threads = threads == null ? 1 : threads;
        keepAudio = keepAudio == null || keepAudio;
        cropBlackBars = cropBlackBars == null || cropBlackBars;
        if (!Encoders.KNOWN.contains(encoder)) {
            throw new IllegalArgumentException("unknown encoder '" + encoder + "'; one of " + Encoders.KNOWN);
        }
        if (!(bitrateMbps > 0) || maxFps < 0 || maxOutputFrames < 0 || threads < 1) {
            throw new IllegalArgumentException("bitrate must be > 0, max fps / max frames >= 0, threads >= 1");
        }
    }

    public static TranscodeConfig defaults() {
        return new TranscodeConfig(null, null, null, null, null, null, null);
    }

    public TranscodeConfig withEncoder(String e) {
        return new TranscodeConfig(e, bitrateMbps, maxFps, maxOutputFrames, threads, keepAudio, cropBlackBars);
    }

    public TranscodeConfig withBitrateMbps(double b) {
        return new TranscodeConfig(encoder, b, maxFps, maxOutputFrames, threads, keepAudio, cropBlackBars);
    }

    public TranscodeConfig withMaxFps(double f) {
        return new TranscodeConfig(encoder, bitrateMbps, f, maxOutputFrames, threads, keepAudio, cropBlackBars);
    }

    public TranscodeConfig withMaxOutputFrames(int n) {
        return new TranscodeConfig(encoder, bitrateMbps, maxFps, n, threads, keepAudio, cropBlackBars);
    }

    public TranscodeConfig withThreads(int t) {
        return new TranscodeConfig(encoder, bitrateMbps, maxFps, maxOutputFrames, t, keepAudio, cropBlackBars);
    }

    public TranscodeConfig withKeepAudio(boolean k) {
        return new TranscodeConfig(encoder, bitrateMbps, maxFps, maxOutputFrames, threads, k, cropBlackBars);
    }

    public TranscodeConfig withCropBlackBars(boolean c) {
        return new TranscodeConfig(encoder, bitrateMbps, maxFps, maxOutputFrames, threads, keepAudio, c);
    }

    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("encoder", encoder);
        m.put("bitrate_mbps", bitrateMbps);
        m.put("max_fps", maxFps);
        m.put("max_output_frames", maxOutputFrames);
        m.put("threads", threads);
        m.put("keep_audio", keepAudio);
        m.put("crop_black_bars", cropBlackBars);
        m.put("container", "mp4 (faststart)");
        m.put("pixel_format", "yuv420p");
        m.put("audio", "first stream, AAC");
        return m;
    }
}
