package dev.clipsift.preview;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MJPEG;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGRA;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ420P;

import dev.clipsift.io.AtomicFiles;
import dev.clipsift.io.SizeCappedFolder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Previews kept on disk across runs, one small MJPEG-in-Matroska file per source video, named by a hash of
 * path + size + mtime + spec: a changed file gets a new preview. Written atomically (temp + rename), so
 * several processes may share the folder and a kill never leaves a half-written preview behind. The folder is
 * kept under a size limit ({@value #LIMIT_ENV} MiB, default {@value #DEFAULT_LIMIT_MB}): a read marks the
 * preview used, and a write past the limit deletes the least recently used previews (see {@link SizeCappedFolder}).
 */
public final class PreviewCache {
    /** The environment variable that sets the size limit, in MiB. */
    public static final String LIMIT_ENV = "CLIPSIFT_PREVIEW_CACHE_MB";
    /** The size limit when {@link #LIMIT_ENV} is unset: 2 GiB. */
    public static final long DEFAULT_LIMIT_MB = 2048;

    private final Path dir;
    private final SizeCappedFolder budget;

    /** A cache limited to {@value #LIMIT_ENV} MiB, or 2 GiB when that is unset. */
    public PreviewCache(Path dir) {
        this(dir, SizeCappedFolder.limitFromEnv(LIMIT_ENV, DEFAULT_LIMIT_MB));
    }

    /** A cache whose previews take at most {@code limitBytes} together. */
    public PreviewCache(Path dir, long limitBytes) {
        this.dir = dir;
        this.budget = new SizeCappedFolder(dir, ".mkv", limitBytes);
    }

    /** The default folder: {@code previews} under the probe cache's folder. */
    public static Path defaultDir() {
        return dev.clipsift.probe.ProbeCache.defaultDir().resolve("previews");
    }

    public Path dir() {
        return dir;
    }

    /** Where the preview of this version of a file lives (it may not exist yet). */
    public Path fileFor(String path, long size, long mtimeMs, PreviewSpec spec) {
        String key = path + "\u0000" + size + "\u0000" + mtimeMs + "\u0000" + spec.tag();
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(h, 0, 16);
            return dir.resolve(hex.substring(0, 2)).resolve(hex + ".mkv");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a cached preview back, or returns null when there is none (or it cannot be read). */
    public PreviewFrames read(Path cached, PreviewSpec spec) {
        if (!Files.isRegularFile(cached)) {
            return null;
        }
        try (UprightReader reader = UprightReader.open(cached, spec.maxWidth(), spec.maxHeight())) {
            double rate = reader.frameRate();
            List<BgraFrame> frames = new ArrayList<>(spec.maxFrames());
            BgraFrame f;
            while ((f = reader.next()) != null) {
                frames.add(f);
            }
            if (frames.isEmpty()) {
                return null;
            }
            long interval = rate > 0 ? Math.round(1000 / rate) : Math.round(1000 / spec.fps());
            budget.used(cached);
            return new PreviewFrames(reader.width(), reader.height(), interval, frames);
        } catch (IOException e) {
            return null; // a damaged cache entry is simply made again
        }
    }

    /** Stores {@code preview} at {@code cached}, atomically. */
    public void write(Path cached, PreviewFrames preview) throws IOException {
        Path tmp = AtomicFiles.tempFor(cached);
        try {
            try (FFmpegFrameRecorder rec =
                    new FFmpegFrameRecorder(tmp.toFile(), preview.width(), preview.height(), 0)) {
                rec.setFormat("matroska");
                rec.setVideoCodec(AV_CODEC_ID_MJPEG);
                rec.setPixelFormat(AV_PIX_FMT_YUVJ420P);
                rec.setFrameRate(1000.0 / Math.max(1, preview.frameIntervalMs()));
                rec.setVideoQuality(3);
                rec.start();
                for (BgraFrame f : preview.frames()) {
                    rec.recordImage(
                            f.width(),
                            f.height(),
                            Frame.DEPTH_UBYTE,
                            4,
                            f.width() * 4,
                            AV_PIX_FMT_BGRA,
                            ByteBuffer.wrap(f.pixels()));
                }
                rec.stop();
            }
            AtomicFiles.commit(tmp, cached);
        } catch (FrameRecorder.Exception | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw new IOException("cannot write preview " + cached + ": " + e.getMessage(), e);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        budget.added(cached);
    }
}
