package dev.clipsift.model;

/** A clip file as read back after writing it: picture, frames, duration, codecs and size. */
public record MediaInfo(
        Integer width,
        Integer height,
        Double fps,
        Long frames,
        Double durationS,
        String codec,
        String pixelFormat,
        String encoder,
        String audioCodec,
        Long bytes) {}
