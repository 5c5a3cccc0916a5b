package dev.clipsift.dedup;

import dev.clipsift.embed.Dct;
import dev.clipsift.embed.Planes;
import dev.clipsift.engine.FrameSample;
import dev.clipsift.model.Dedup;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A clip's two hashes, from every frame the shared decode gives ({@link HashStage}):
 * <ul>
 *   <li>{@code content_hash}: SHA-256 over each frame's size and pixels. It hashes the decoded pictures, not the
 *       file's bytes, so a re-mux (another container, the same stream) or a renamed copy gives the same hash;
 *       any re-encode changes it.</li>
 *   <li>{@code perceptual_hash}: a pHash of the clip's mean luma: the mean of its frames as 32 x 32
 *       {@link Planes}, its 2-D DCT, and one bit per coefficient of the 8 x 8 lowest frequencies, set when the
 *       coefficient is above their median (the DC excluded from the median). Re-encoding, resizing, a crop of a
 *       few per cent or a shift of a fraction of a second move few bits.</li>
 *   <li>{@code centre_hashes}: the same of the frames' centre with 5 and with 10 % cut from each side: a copy
 *       cropped by up to about 12 % a side lies near one of them (on bikes.mp4's shots, 8 bits at most, where
 *       its whole-picture hash moves up to 28), while different shots stay 22 bits or more apart.</li>
 * </ul>
 */
final class ClipHashes {
    static final int GRID = 32;
    static final int LOW = 8;

    /** The share of width and height cut from each side for the centre hashes. */
    static final double[] CENTRE_CUTS = {0.05, 0.10};

    private final Dct dct = new Dct(GRID);

    /** The hashes of one clip's frames (all of one size); an {@link IllegalArgumentException} when there are none. */
    Dedup of(List<FrameSample> frames) {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("no frames to hash");
        }
        MessageDigest sha = sha256();
        double[][] mean = new double[1 + CENTRE_CUTS.length][GRID * GRID];
        for (FrameSample f : frames) {
            sha.update(
                    new byte[] {(byte) (f.width() >>> 8), (byte) f.width(), (byte) (f.height() >>> 8), (byte) f.height()
                    });
            sha.update(f.bgr());
            add(mean[0], f);
            for (int c = 0; c < CENTRE_CUTS.length; c++) {
                add(mean[c + 1], centre(f, CENTRE_CUTS[c]));
            }
        }
        List<String> centre = new ArrayList<>();
        for (int c = 1; c < mean.length; c++) {
            centre.add(HexFormat.of().toHexDigits(phash(mean[c])));
        }
        return Dedup.hashes(
                HexFormat.of().formatHex(sha.digest()), HexFormat.of().toHexDigits(phash(mean[0])), centre);
    }

    private static void add(double[] sum, FrameSample f) {
        double[] y = Planes.of(f, GRID).y();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += y[i];
        }
    }

    /** The centre of {@code f} with {@code cut} of its width and height taken from each side. */
    static FrameSample centre(FrameSample f, double cut) {
        int dx = (int) Math.round(f.width() * cut);
        int dy = (int) Math.round(f.height() * cut);
        int w = Math.max(1, f.width() - 2 * dx);
        int h = Math.max(1, f.height() - 2 * dy);
        byte[] out = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            System.arraycopy(f.bgr(), ((y + dy) * f.width() + dx) * 3, out, y * w * 3, w * 3);
        }
        return new FrameSample(f.frame(), f.timeS(), w, h, out);
    }

    /** The 64 bits of a luma block's low frequencies against their median. */
    long phash(double[] block) {
        double[] coef = dct.transform(block);
        double[] low = new double[LOW * LOW];
        for (int v = 0; v < LOW; v++) {
            for (int u = 0; u < LOW; u++) {
                low[v * LOW + u] = coef[v * GRID + u];
            }
        }
        double[] ac = Arrays.copyOfRange(low, 1, low.length);
        Arrays.sort(ac);
        double median = (ac[ac.length / 2] + ac[(ac.length - 1) / 2]) / 2;
        long bits = 0;
        for (int i = 0; i < low.length; i++) {
            if (low[i] > median) {
                bits |= 1L << i;
            }
        }
        return bits;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
