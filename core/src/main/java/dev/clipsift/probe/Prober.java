package dev.clipsift.probe;

import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_DATA_DISPLAYMATRIX;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_side_data_get;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_TIME_BASE;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_display_rotation_get;
import static org.bytedeco.ffmpeg.global.avutil.av_get_pix_fmt_name;

import dev.clipsift.video.FFmpegErrors;
import dev.clipsift.video.FFmpegLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacketSideData;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Reads a file's container and stream headers in-process through FFmpeg's libavformat (no ffprobe process).
 * Thread-safe: each call opens its own format context.
 */
public final class Prober {

    static {
        FFmpegLog.quiet();
    }

    /** Probes a local file. Never throws for a bad file: the record says what is wrong. */
    public VideoRecord probe(Path file) {
        String path = file.toString();
        long size;
        long mtime;
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attrs.isRegularFile()) {
                return VideoRecord.failed(path, null, null, ProbeFailure.UNREADABLE, "not a regular file");
            }
            size = attrs.size();
            mtime = attrs.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return VideoRecord.failed(path, null, null, ProbeFailure.UNREADABLE, "cannot read file: " + e.getMessage());
        }
        if (size == 0) {
            return VideoRecord.failed(path, size, mtime, ProbeFailure.EMPTY_FILE, "empty file (0 bytes)");
        }
        return probeUrl(path, path, size, mtime);
    }

    /**
     * Probes anything FFmpeg can open by URL (a local path, an http(s) or presigned URL).
     * {@code shownPath} is what the record carries (never a URL with credentials in it).
     */
    public VideoRecord probeUrl(String url, String shownPath, Long size, Long mtime) {
        return probeUrl(url, shownPath, size, mtime, Map.of());
    }

    /**
     * As {@link #probeUrl(String, String, Long, Long)}, with FFmpeg protocol options (for http(s):
     * {@code rw_timeout}, {@code reconnect}, ...).
     */
    public VideoRecord probeUrl(String url, String shownPath, Long size, Long mtime, Map<String, String> options) {
        AVFormatContext ctx = new AVFormatContext(null);
        AVDictionary opts = new AVDictionary(null);
        options.forEach((k, v) -> av_dict_set(opts, k, v, 0));
        try (BytePointer u = new BytePointer(url, "UTF-8")) {
            int rc = avformat_open_input(ctx, u, null, opts);
            if (rc < 0) {
                return unreadable(url, shownPath, size, mtime, "cannot open: " + FFmpegErrors.describe(rc));
            }
            try {
                rc = avformat_find_stream_info(ctx, (PointerPointer<?>) null);
                if (rc < 0) {
                    return unreadable(
                            url, shownPath, size, mtime, "cannot read stream info: " + FFmpegErrors.describe(rc));
                }
                VideoRecord r = describe(ctx, shownPath, size, mtime);
                return r.failure() == ProbeFailure.UNREADABLE ? unreadable(url, shownPath, size, mtime, r.error()) : r;
            } finally {
                avformat_close_input(ctx);
            }
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        } finally {
            av_dict_free(opts);
        }
    }

    /**
     * FFmpeg could not read {@code url}: when it is a local MP4 that ends early, say so (FFmpeg's "Invalid data
     * found when processing input" reads the same for random bytes); otherwise keep FFmpeg's words.
     */
    private static VideoRecord unreadable(String url, String shownPath, Long size, Long mtime, String ffmpegMessage) {
        Optional<String> truncated = isLocal(url) ? Mp4Boxes.truncation(Path.of(url)) : Optional.empty();
        return truncated
                .map(why -> VideoRecord.failed(shownPath, size, mtime, ProbeFailure.TRUNCATED, why))
                .orElseGet(() -> VideoRecord.failed(shownPath, size, mtime, ProbeFailure.UNREADABLE, ffmpegMessage));
    }

    /** A plain path (no {@code scheme://}): a file this process can read itself. */
    private static boolean isLocal(String url) {
        return !url.contains("://") && Files.isRegularFile(Path.of(url));
    }

    private static VideoRecord describe(AVFormatContext ctx, String path, Long size, Long mtime) {
        AVStream video = null;
        AVStream audio = null;
        for (int i = 0; i < ctx.nb_streams(); i++) {
            AVStream st = ctx.streams(i);
            int type = st.codecpar().codec_type();
            boolean attachedPic =
                    (st.disposition() & org.bytedeco.ffmpeg.global.avformat.AV_DISPOSITION_ATTACHED_PIC) != 0;
            if (type == AVMEDIA_TYPE_VIDEO && video == null && !attachedPic) {
                video = st;
            } else if (type == AVMEDIA_TYPE_AUDIO && audio == null) {
                audio = st;
            }
        }
        if (video == null) {
            return VideoRecord.failed(
                    path,
                    size,
                    mtime,
                    ProbeFailure.NO_VIDEO_STREAM,
                    audio != null ? "no video stream (audio only)" : "no video stream");
        }
        AVCodecParameters par = video.codecpar();
        if (par.width() <= 0 || par.height() <= 0) {
            return VideoRecord.failed(
                    path, size, mtime, ProbeFailure.UNREADABLE, "video stream has no frame size (corrupt?)");
        }
        String container = containerName(ctx.iformat().name().getString(), path);
        String codec = avcodec_get_name(par.codec_id()).getString();
        BytePointer pixName = par.format() >= 0 ? av_get_pix_fmt_name(par.format()) : null;
        String pixelFormat = pixName == null || pixName.isNull() ? null : pixName.getString();

        AVRational avg = video.avg_frame_rate();
        AVRational nominal = video.r_frame_rate();
        double fps = rate(avg) > 0 ? rate(avg) : rate(nominal);

        double duration = -1;
        if (video.duration() != AV_NOPTS_VALUE && video.duration() > 0) {
            duration = video.duration()
                    * (double) video.time_base().num()
                    / video.time_base().den();
        } else if (ctx.duration() != AV_NOPTS_VALUE && ctx.duration() > 0) {
            duration = ctx.duration() / (double) AV_TIME_BASE;
        }
        long frames;
        boolean exact;
        if (video.nb_frames() > 0) {
            frames = video.nb_frames();
            exact = true;
        } else if (duration > 0 && fps > 0) {
            frames = Math.round(duration * fps);
            exact = false;
        } else {
            frames = -1;
            exact = false;
        }
        long bitrate = ctx.bit_rate() > 0 ? ctx.bit_rate() : par.bit_rate();

        String audioCodec = null;
        Integer channels = null;
        Integer sampleRate = null;
        if (audio != null) {
            AVCodecParameters ap = audio.codecpar();
            audioCodec = avcodec_get_name(ap.codec_id()).getString();
            channels = ap.ch_layout().nb_channels();
            sampleRate = ap.sample_rate();
        }
        return new VideoRecord(
                path,
                true,
                null,
                null,
                size,
                mtime,
                container,
                codec,
                pixelFormat,
                par.width(),
                par.height(),
                rotation(par),
                fps > 0 ? round3(fps) : null,
                ratio(avg),
                ratio(nominal),
                duration > 0 ? round3(duration) : null,
                frames >= 0 ? frames : null,
                frames >= 0 ? exact : null,
                bitrate > 0 ? bitrate : null,
                audioCodec,
                channels,
                sampleRate);
    }

    /** FFmpeg names demuxer families ("mov,mp4,m4a,..."): keep the member that the file's extension names. */
    static String containerName(String demuxer, String path) {
        String[] names = demuxer.split(",");
        int dot = path.lastIndexOf('.');
        String ext = dot >= 0 ? path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
        for (String n : names) {
            if (n.equals(ext)) {
                return n;
            }
        }
        return names[0];
    }

    private static int rotation(AVCodecParameters par) {
        AVPacketSideData sd =
                av_packet_side_data_get(par.coded_side_data(), par.nb_coded_side_data(), AV_PKT_DATA_DISPLAYMATRIX);
        if (sd == null || sd.isNull() || sd.data() == null || sd.data().isNull()) {
            return 0;
        }
        double theta = -av_display_rotation_get(new IntPointer(sd.data()));
        if (Double.isNaN(theta)) {
            return 0;
        }
        long r = Math.round(theta) % 360;
        return (int) (r < 0 ? r + 360 : r);
    }

    private static double rate(AVRational r) {
        return r.den() == 0 ? 0 : r.num() / (double) r.den();
    }

    private static String ratio(AVRational r) {
        return r.den() == 0 || r.num() == 0 ? null : r.num() + "/" + r.den();
    }

    private static double round3(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
