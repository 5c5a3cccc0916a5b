package dev.clipsift.embed;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.clipsift.engine.FrameSample;
import dev.clipsift.engine.Onnx;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A user's ONNX image encoder (CLIP-style): images [N,3,S,S] prepared as its {@link EncoderSidecar} says, to
 * embeddings [N,D]. A clip's embedding is the mean of its frames' L2-normalised embeddings, normalised again.
 * Opening checks the shapes against the sidecar; frames go through in batches of {@link #BATCH}. One per
 * worker, closed with it.
 */
final class OnnxEncoder implements AutoCloseable {
    static final int BATCH = 16;

    private final OrtEnvironment env = Onnx.environment();
    private final OrtSession session;
    private final EncoderSidecar sidecar;
    private final ImagePreprocessing prep;
    private final String input;

    private OnnxEncoder(OrtSession session, EncoderSidecar sidecar) throws OrtException {
        this.session = session;
        this.sidecar = sidecar;
        this.prep = sidecar.preprocessing();
        this.input = session.getInputNames().iterator().next();
    }

    /** Loads and checks {@code model} and its sidecar; a clear error names the file and the fault. */
    static OnnxEncoder open(Path model) {
        EncoderSidecar sidecar = EncoderSidecar.read(model);
        if (!Files.isRegularFile(model)) {
            throw new IllegalArgumentException("image encoder " + model + " does not exist");
        }
        OrtSession s;
        try {
            s = Onnx.environment().createSession(model.toString(), new OrtSession.SessionOptions());
        } catch (OrtException e) {
            throw new IllegalArgumentException(
                    "image encoder " + model + " cannot be loaded as ONNX: " + e.getMessage(), e);
        }
        try {
            long[] in = shape(s.getInputInfo(), model, "input");
            int side = sidecar.size();
            if (s.getNumInputs() != 1
                    || in.length != 4
                    || (in[1] != 3 && in[1] > 0)
                    || (in[2] != side && in[2] > 0)
                    || (in[3] != side && in[3] > 0)) {
                throw new IllegalArgumentException("image encoder " + model + " takes " + text(in) + ", but its"
                        + " sidecar says images [N,3," + side + "," + side + "]");
            }
            long[] out = shape(s.getOutputInfo(), model, "output");
            if (out.length != 2) {
                throw new IllegalArgumentException(
                        "image encoder " + model + " gives " + text(out) + ", expected embeddings [N,D]");
            }
            return new OnnxEncoder(s, sidecar);
        } catch (OrtException | RuntimeException e) {
            try {
                s.close();
            } catch (OrtException ignored) {
                // the error that made us close it is the one to report
            }
            throw e instanceof IllegalArgumentException iae
                    ? iae
                    : new IllegalArgumentException("image encoder " + model + ": " + e.getMessage(), e);
        }
    }

    private static long[] shape(Map<String, NodeInfo> nodes, Path file, String what) {
        NodeInfo n = nodes.values().iterator().next();
        if (!(n.getInfo() instanceof TensorInfo t) || t.type != OnnxJavaType.FLOAT) {
            throw new IllegalArgumentException(
                    "image encoder " + file + ": its " + what + " " + n.getName() + " is not a float tensor");
        }
        return t.getShape();
    }

    private static String text(long[] shape) {
        return Arrays.toString(shape).replace(" ", "").replace("-1", "N");
    }

    String model() {
        return sidecar.name();
    }

    /** The clip's unit embedding from its frames. */
    float[] embed(List<FrameSample> frames) throws OrtException {
        double[] sum = null;
        for (int from = 0; from < frames.size(); from += BATCH) {
            List<FrameSample> batch = frames.subList(from, Math.min(frames.size(), from + BATCH));
            float[] pixels = new float[batch.size() * prep.pixels()];
            for (int i = 0; i < batch.size(); i++) {
                prep.put(batch.get(i), pixels, i * prep.pixels());
            }
            long[] shape = {batch.size(), 3, prep.size(), prep.size()};
            try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(pixels), shape);
                    OrtSession.Result r = session.run(Map.of(input, t))) {
                float[][] e = (float[][]) r.get(0).getValue();
                for (float[] row : e) {
                    double norm = 0;
                    for (float v : row) {
                        norm += v * v;
                    }
                    norm = Math.sqrt(norm);
                    if (sum == null) {
                        sum = new double[row.length];
                    }
                    for (int i = 0; i < row.length; i++) {
                        sum[i] += norm > 0 ? row[i] / norm : 0;
                    }
                }
            }
        }
        if (sum == null) {
            throw new IllegalArgumentException("no frames to embed");
        }
        return UnitVectors.of(sum);
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
