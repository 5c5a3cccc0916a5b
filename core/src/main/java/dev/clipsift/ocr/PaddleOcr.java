package dev.clipsift.ocr;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.clipsift.engine.FrameSample;
import dev.clipsift.engine.Onnx;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Size;
import org.jspecify.annotations.Nullable;

/**
 * PP-OCRv4 through ONNX Runtime, one per worker: {@link #detect} finds the text boxes of a frame (the frame
 * resized to multiples of 32, ImageNet mean and deviation on BGR 0..1, {@link DbBoxes} on the probability map)
 * and {@link #read} reads one box (cropped, resized to 48 px tall keeping its aspect, at least 320 px wide with
 * zero padding, {@code (x / 255 - 0.5) / 0.5}, {@link CtcDecoder}). Opening checks the models' input and output
 * shapes, so a wrong file fails before any clip. Vertical text is read as it stands (no rotation).
 */
final class PaddleOcr implements AutoCloseable {
    static final int REC_HEIGHT = 48;
    private static final int REC_MIN_WIDTH = 320;
    private static final int REC_MAX_WIDTH = 2048;
    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    private final OrtEnvironment env = Onnx.environment();
    private final OrtSession detector;
    private final OrtSession recognizer;
    private final String detInput;
    private final String recInput;
    private final CtcDecoder decoder;

    private PaddleOcr(OrtSession detector, OrtSession recognizer, CtcDecoder decoder) {
        this.detector = detector;
        this.recognizer = recognizer;
        this.detInput = detector.getInputNames().iterator().next();
        this.recInput = recognizer.getInputNames().iterator().next();
        this.decoder = decoder;
    }

    /** Loads both models on {@code threads} threads each and checks their shapes. */
    static PaddleOcr open(OcrModelFiles files, int threads) throws IOException {
        files.check();
        CtcDecoder decoder = new CtcDecoder(files.readKeys());
        OrtSession det = null;
        OrtSession rec = null;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            OrtEnvironment env = Onnx.environment();
            det = env.createSession(files.detector().toString(), options);
            expect(det, files.detector(), true, 3, -1, -1);
            expect(det, files.detector(), false, 1, -1, -1);
            rec = env.createSession(files.recognizer().toString(), options);
            expect(rec, files.recognizer(), true, 3, REC_HEIGHT, -1);
            long[] out = shape(rec.getOutputInfo(), files.recognizer());
            if (out.length != 3 || out[2] != decoder.classes()) {
                throw new IOException(files.recognizer() + " outputs " + Arrays.toString(out) + ", expected [N,T,"
                        + decoder.classes() + "] for the " + (decoder.classes() - 2) + " keys of " + files.keys());
            }
            return new PaddleOcr(det, rec, decoder);
        } catch (OrtException | IOException e) {
            closeQuietly(rec);
            closeQuietly(det);
            throw e instanceof IOException io ? io : new IOException("cannot load OCR model: " + e.getMessage(), e);
        }
    }

    /** Checks that the model's first input (or output) is [N, c, h, w]; -1 leaves a dimension free. */
    private static void expect(OrtSession s, Path file, boolean input, long c, long h, long w)
            throws OrtException, IOException {
        long[] shape = shape(input ? s.getInputInfo() : s.getOutputInfo(), file);
        boolean ok = shape.length == 4 && shape[1] == c && (h < 0 || shape[2] == h) && (w < 0 || shape[3] == w);
        if (!ok) {
            throw new IOException(file + (input ? " takes " : " gives ") + Arrays.toString(shape) + ", expected [N," + c
                    + "," + (h < 0 ? "H" : h) + "," + (w < 0 ? "W" : w) + "]: not a PP-OCRv4 model");
        }
    }

    private static long[] shape(Map<String, NodeInfo> nodes, Path file) throws IOException {
        if (nodes.size() != 1 || !(nodes.values().iterator().next().getInfo() instanceof TensorInfo t)) {
            throw new IOException(file + " has " + nodes.keySet() + ", expected one tensor: not a PP-OCRv4 model");
        }
        return t.getShape();
    }

    /** The text boxes of {@code frame}, in its pixels. */
    List<TextBox> detect(FrameSample frame) throws OrtException {
        int w = Math.max(32, Math.round(frame.width() / 32f) * 32);
        int h = Math.max(32, Math.round(frame.height() / 32f) * 32);
        byte[] bgr = resized(frame, 0, 0, frame.width(), frame.height(), w, h);
        float[] input = new float[3 * w * h];
        int plane = w * h;
        for (int i = 0; i < plane; i++) {
            for (int c = 0; c < 3; c++) {
                input[c * plane + i] = ((bgr[i * 3 + c] & 0xff) / 255f - MEAN[c]) / STD[c];
            }
        }
        try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(input), new long[] {1, 3, h, w});
                OrtSession.Result r = detector.run(Map.of(detInput, t))) {
            FloatBuffer out = ((OnnxTensor) r.get(0)).getFloatBuffer();
            float[] prob = new float[plane];
            out.get(prob);
            return DbBoxes.find(prob, w, h, frame.width(), frame.height());
        }
    }

    /** What {@code box} of {@code frame} reads. */
    CtcDecoder.Reading read(FrameSample frame, TextBox box) throws OrtException {
        int x0 = (int) Math.floor(box.x());
        int y0 = (int) Math.floor(box.y());
        int x1 = Math.min(frame.width(), (int) Math.ceil(box.x() + box.w()));
        int y1 = Math.min(frame.height(), (int) Math.ceil(box.y() + box.h()));
        int rw = (int) Math.min(REC_MAX_WIDTH, Math.ceil(REC_HEIGHT * (x1 - x0) / (double) (y1 - y0)));
        int width = Math.max(REC_MIN_WIDTH, rw);
        byte[] bgr = resized(frame, x0, y0, x1 - x0, y1 - y0, rw, REC_HEIGHT);
        float[] input = new float[3 * REC_HEIGHT * width];
        int plane = REC_HEIGHT * width;
        for (int y = 0; y < REC_HEIGHT; y++) {
            for (int x = 0; x < rw; x++) {
                for (int c = 0; c < 3; c++) {
                    input[c * plane + y * width + x] = (bgr[(y * rw + x) * 3 + c] & 0xff) / 127.5f - 1f;
                }
            }
        }
        try (OnnxTensor t =
                        OnnxTensor.createTensor(env, FloatBuffer.wrap(input), new long[] {1, 3, REC_HEIGHT, width});
                OrtSession.Result r = recognizer.run(Map.of(recInput, t))) {
            OnnxTensor out = (OnnxTensor) r.get(0);
            long[] shape = out.getInfo().getShape();
            float[] probs = new float[(int) (shape[1] * shape[2])];
            out.getFloatBuffer().get(probs);
            return decoder.decode(probs, 0, (int) shape[1]);
        }
    }

    /** The part {@code x, y, pw, ph} of {@code frame} resized to {@code w x h}, as packed BGR. */
    private static byte[] resized(FrameSample frame, int x, int y, int pw, int ph, int w, int h) {
        byte[] out = new byte[w * h * 3];
        try (BytePointer data = new BytePointer(frame.bgr());
                Mat src = new Mat(frame.height(), frame.width(), CV_8UC3, data);
                Rect roi = new Rect(x, y, pw, ph);
                Mat part = src.apply(roi);
                Mat dst = new Mat();
                Size size = new Size(w, h)) {
            resize(part, dst, size, 0, 0, INTER_LINEAR);
            dst.data().get(out);
        }
        return out;
    }

    private static void closeQuietly(@Nullable OrtSession s) {
        if (s == null) {
            return;
        }
        try {
            s.close();
        } catch (OrtException e) {
            // closing after a failed load: the load's error is the one to report
        }
    }

    @Override
    public void close() throws OrtException {
        try {
            recognizer.close();
        } finally {
            detector.close();
        }
    }
}
