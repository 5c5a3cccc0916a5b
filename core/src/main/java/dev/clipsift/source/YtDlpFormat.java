package dev.clipsift.source;

/**
 * The yt-dlp format selector ClipSift uses: one progressive stream (picture and sound in one file, so yt-dlp never
 * has to merge with ffmpeg) served over plain HTTP(S) (no HLS or DASH pieces to join), at most {@code maxHeight}
 * pixels tall (a stream of unknown height is allowed), H.264 first, then VP9, then any other video codec.
 */
final class YtDlpFormat {
    private YtDlpFormat() {}

    static String selector(int maxHeight) {
        String common = "[height<=?" + maxHeight + "][protocol~='^https?$']";
        return "best" + common + "[vcodec~='^(avc|h264)']"
                + "/best" + common + "[vcodec~='^vp0?9']"
                + "/best" + common + "[vcodec!=?none]";
    }
}
