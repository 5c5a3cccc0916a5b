package dev.clipsift.split;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.clipsift.engine.Onnx;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user-supplied TransNetV2 model in ONNX form ({@code model}: its path), as cosmos-curate splits: frames
 * shrunk to 48x27 RGB, fed in {@link TransNetWindows}, a frame is a transition when its single-frame
 * probability (sigmoid of the first output, unless {@code apply_sigmoid=false}) exceeds {@code threshold}
 * (0.4); {@code output} names the single-frame output when it is not the first. A new shot starts at the first frame after each run of transition frames. The model's first input
 * must take {@code [batch, 100, 27, 48, 3]} float or uint8 pixels 0..255.
 */
final class TransNetSplitter extends FrameDetector {
    static final List<String> KEYS = List.of("model", "threshold", "apply_sigmoid", "output");
    static final int WIDTH = 48;
    static final int HEIGHT = 27;

    private final Path model;
    private final double threshold;
    private final boolean applySigmoid;
    private final String output;

    TransNetSplitter(SplitConfig config) {
        super(0);
        config.requireKnown(KEYS);
        Object m = config.raw("model");
        if (m == null) {
            throw new IllegalArgumentException("transnetv2 needs model=PATH to a TransNetV2 ONNX file");
        }
        model = Path.of(m.toString());
        if (!Files.isRegularFile(model)) {
            throw new IllegalArgumentException("TransNetV2 model not found: " + model);
        }
        threshold = config.number("threshold", 0.4);
        applySigmoid = config.bool("apply_sigmoid", true);
        output = config.raw("output") == null ? null : config.raw("output").toString();
    }

    @Override
    public String name() {
        return "transnetv2";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("model", model.toString());
        p.put("threshold", threshold);
        p.put("apply_sigmoid", applySigmoid);
        if (output != null) {
            p.put("output", output);
        }
        return p;
    }

    /** Loads the model once; every video of the session gets a cut finder that runs on it. */
    @Override
    Loaded load() throws IOException {
        OrtEnvironment env = Onnx.environment();
        OrtSession session = null;
        try {
            session = env.createSession(model.toString(), new OrtSession.SessionOptions());
            Map.Entry<String, NodeInfo> input =
                    session.getInputInfo().entrySet().iterator().next();
            boolean bytes = input.getValue().getInfo() instanceof TensorInfo t && t.type == OnnxJavaType.UINT8;
            if (output != null && !session.getOutputNames().contains(output)) {
                throw new IOException("TransNetV2 model " + model + " has no output '" + output + "'; it has "
                        + session.getOutputNames());
            }
            OrtSession s = session;
            return new Loaded() {
                @Override
                public CutFinder start(double fps) {
                    return finder(new TransNetWindows(w -> predict(env, s, input.getKey(), bytes, w)));
                }

                @Override
                public void close() {
                    closeQuietly(s);
                }
            };
        } catch (IOException e) {
            closeQuietly(session);
            throw e;
        } catch (OrtException e) {
            closeQuietly(session);
            throw new IOException("cannot load TransNetV2 model " + model + ": " + e.getMessage(), e);
        }
    }

    private CutFinder finder(TransNetWindows windows) {
        byte[] small = new byte[WIDTH * HEIGHT * 3];
        return new CutFinder() {
            @Override
            public void frame(int index, byte[] bgr, int width, int height) {
                shrinkToRgb(bgr, width, height, small);
                windows.add(small);
            }

            @Override
            public List<Integer> finish(int lastIndex) {
                List<Float> p = windows.finish();
                List<Integer> cuts = new ArrayList<>();
                for (int i = 1; i < p.size(); i++) {
                    if (p.get(i - 1) > threshold && p.get(i) <= threshold) {
                        cuts.add(i);
                    }
                }
                return cuts;
            }
        };
    }

    private static void closeQuietly(OrtSession session) {
        if (session == null) {
            return;
        }
        try {
            session.close();
        } catch (OrtException e) {
            // releasing native memory of a finished session: nothing left to report to
        }
    }

    private float[] predict(
            OrtEnvironment env, OrtSession session, String inputName, boolean bytes, List<byte[]> window) {
        long[] shape = {1, TransNetWindows.WINDOW, HEIGHT, WIDTH, 3};
        int frameSize = WIDTH * HEIGHT * 3;
        try (OnnxTensor tensor =
                        bytes ? byteTensor(env, window, shape, frameSize) : floatTensor(env, window, shape, frameSize);
                OrtSession.Result result = session.run(Map.of(inputName, tensor))) {
            OnnxTensor single = (OnnxTensor)
                    (output == null ? result.get(0) : result.get(output).orElseThrow());
            FloatBuffer out = single.getFloatBuffer();
            float[] p = new float[TransNetWindows.WINDOW];
            for (int i = 0; i < p.length; i++) {
                float v = out.get(i * (out.capacity() / p.length));
                p[i] = applySigmoid ? (float) (1 / (1 + Math.exp(-v))) : v;
            }
            return p;
        } catch (OrtException e) {
            throw new IllegalStateException("TransNetV2 model failed: " + e.getMessage(), e);
        }
    }

    private static OnnxTensor floatTensor(OrtEnvironment env, List<byte[]> window, long[] shape, int frameSize)
            throws OrtException {
        FloatBuffer buf = FloatBuffer.allocate(window.size() * frameSize);
        for (byte[] f : window) {
            for (byte b : f) {
                buf.put(b & 0xFF);
            }
        }
        buf.flip();
        return OnnxTensor.createTensor(env, buf, shape);
    }

    private static OnnxTensor byteTensor(OrtEnvironment env, List<byte[]> window, long[] shape, int frameSize)
            throws OrtException {
        ByteBuffer buf = ByteBuffer.allocateDirect(window.size() * frameSize);
        for (byte[] f : window) {
            buf.put(f);
        }
        buf.flip();
        return OnnxTensor.createTensor(env, buf, shape, OnnxJavaType.UINT8);
    }

    /** Area-averages a packed BGR frame down to 48x27 packed RGB. */
    static void shrinkToRgb(byte[] bgr, int width, int height, byte[] rgb) {
        for (int y = 0; y < HEIGHT; y++) {
            int y0 = y * height / HEIGHT;
            int y1 = Math.max(y0 + 1, (y + 1) * height / HEIGHT);
            for (int x = 0; x < WIDTH; x++) {
                int x0 = x * width / WIDTH;
                int x1 = Math.max(x0 + 1, (x + 1) * width / WIDTH);
                long b = 0;
                long g = 0;
                long r = 0;
                for (int sy = y0; sy < y1; sy++) {
                    for (int sx = x0; sx < x1; sx++) {
                        int p = (sy * width + sx) * 3;
                        b += bgr[p] & 0xFF;
                        g += bgr[p + 1] & 0xFF;
                        r += bgr[p + 2] & 0xFF;
                    }
                }
                int n = (y1 - y0) * (x1 - x0);
                int o = (y * WIDTH + x) * 3;
                rgb[o] = (byte) ((r + n / 2) / n);
                rgb[o + 1] = (byte) ((g + n / 2) / n);
                rgb[o + 2] = (byte) ((b + n / 2) / n);
            }
        }
    }
}
