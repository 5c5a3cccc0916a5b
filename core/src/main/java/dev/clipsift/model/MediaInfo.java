package dev.clipsift.model;

import org.jspecify.annotations.Nullable;

/** A clip file as read back after writing it: picture, frames, duration, codecs and size. */
public record MediaInfo(
        @Nullable Integer width,
        @Nullable Integer height,
        @Nullable Double fps,
        @Nullable Long frames,
        @Nullable Double durationS,
        @Nullable String codec,
        @Nullable String pixelFormat,
        String encoder,
        @Nullable String audioCodec,
        @Nullable Long bytes) {}
