package dev.clipsift.source;

/** How a remote video is read for probing. */
public enum ReadMode {
    /** FFmpeg reads a (presigned) URL in place with ranged GETs: only the headers cross the network. */
    RANGE,
    /** The whole object is downloaded into the download cache first, then read locally. */
    DOWNLOAD
}
