package dev.clipsift.aesthetic;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.clipsift.embed.ImagePreprocessing;
import dev.clipsift.engine.FrameSample;
import dev.clipsift.engine.Onnx;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The loaded aesthetic model: one ONNX file mapping CLIP-normalised images [N,3,224,224] to scores [N,1] or
 * [N]; or an image encoder to embeddings [N,D] plus a head mapping the L2-normalised embeddings [N,D] to scores,
 * as the LAION predictor does. Checks the files' input and output shapes when it loads them; frames go through
 * in batches of {@link #BATCH}. One per worker, closed with it.
 */
final class AestheticModel implements AutoCloseable {
    /** Frames per ONNX call. */
    static final int BATCH = 16;

    private final OrtEnvironment env = Onnx.environment();
    private final OrtSession encoder;
    private final @Nullable OrtSession head;

    private AestheticModel(OrtSession encoder, @Nullable OrtSession head) {
        this.encoder = encoder;
        this.head = head;
    }

    /** Loads and checks {@code model} (and {@code head} when not null); a clear error names the file and the fault. */
    static AestheticModel open(Path model, @Nullable Path head) {
        OrtSession encoder = load(model);
        try {
            input(encoder, model, 4);
            long width = output(encoder, model, head == null);
            if (head == null) {
                return new AestheticModel(encoder, null);
            }
            OrtSession h = load(head);
            try {
                long[] in = input(h, head, 2);
                if (width > 0 && in[1] > 0 && in[1] != width) {
                    throw new IllegalArgumentException("aesthetic head " + head + " takes embeddings of " + in[1]
                            + ", but the encoder " + model + " gives " + width);
                }
                output(h, head, true);
                return new AestheticModel(encoder, h);
            } catch (RuntimeException e) {
                closeQuietly(h);
                throw e;
            }
        } catch (RuntimeException e) {
            closeQuietly(encoder);
            throw e;
        }
    }

    private static OrtSession load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("aesthetic model " + file + " does not exist");
        }
        OrtSession s;
        try {
            s = Onnx.environment().createSession(file.toString(), new OrtSession.SessionOptions());
        } catch (OrtException e) {
            throw new IllegalArgumentException(
                    "aesthetic model " + file + " cannot be loaded as ONNX: " + e.getMessage(), e);
        }
        if (s.getNumInputs() != 1 || s.getNumOutputs() < 1) {
            closeQuietly(s);
            throw new IllegalArgumentException(
                    "aesthetic model " + file + " must have one input, it has " + s.getNumInputs());
        }
        return s;
    }

    /** The input's shape, after checking it is a float tensor of {@code rank} (the encoder's is [N,3,224,224]). */
    private static long[] input(OrtSession s, Path file, int rank) {
        long[] shape = shape(info(s, file, true), file, "input");
        boolean image = rank == 4;
        boolean ok = shape.length == rank
                && (!image
                        || ((shape[1] == 3 || shape[1] < 0)
                                && (shape[2] == ImagePreprocessing.CLIP.size() || shape[2] < 0)
                                && (shape[3] == ImagePreprocessing.CLIP.size() || shape[3] < 0)));
        if (!ok) {
            throw new IllegalArgumentException("aesthetic model " + file + " takes " + text(shape) + ", expected "
                    + (image ? "[N,3,224,224] (CLIP-normalised RGB images)" : "[N,D] (embeddings)"));
        }
        return shape;
    }

    /**
     * Checks the first output: a score ([N,1] or [N]) when {@code score}, else an embedding [N,D]; returns D (-1
     * when not fixed), or 1 for a score.
     */
    private static long output(OrtSession s, Path file, boolean score) {
        long[] shape = shape(info(s, file, false), file, "output");
        if (score) {
            if (shape.length == 1 || (shape.length == 2 && shape[1] == 1)) {
                return 1;
            }
            throw new IllegalArgumentException(
                    "aesthetic model " + file + " gives " + text(shape) + ", expected a score [N,1] or [N]"
                            + (shape.length == 2 ? " (an embedding needs --aesthetic-head)" : ""));
        }
        if (shape.length != 2) {
            throw new IllegalArgumentException(
                    "aesthetic encoder " + file + " gives " + text(shape) + ", expected an embedding [N,D]");
        }
        return shape[1];
    }

    private static NodeInfo info(OrtSession s, Path file, boolean input) {
        try {
            Map<String, NodeInfo> m = input ? s.getInputInfo() : s.getOutputInfo();
            return m.values().iterator().next();
        } catch (OrtException e) {
            throw new IllegalArgumentException("aesthetic model " + file + ": " + e.getMessage(), e);
        }
    }

    private static long[] shape(NodeInfo n, Path file, String what) {
        if (!(n.getInfo() instanceof TensorInfo t) || t.type != OnnxJavaType.FLOAT) {
            throw new IllegalArgumentException(
                    "aesthetic model " + file + ": its " + what + " " + n.getName() + " is not a float tensor");
        }
        return t.getShape();
    }

    private static String text(long[] shape) {
        return Arrays.toString(shape).replace(" ", "").replace("-1", "N");
    }

    /** The model's score of each frame, in order, {@link #BATCH} frames per call. */
    float[] score(List<FrameSample> frames) throws OrtException {
        float[] out = new float[frames.size()];
        for (int from = 0; from < frames.size(); from += BATCH) {
            List<FrameSample> batch = frames.subList(from, Math.min(frames.size(), from + BATCH));
            float[] pixels = new float[batch.size() * ImagePreprocessing.CLIP.pixels()];
            for (int i = 0; i < batch.size(); i++) {
                ImagePreprocessing.CLIP.put(batch.get(i), pixels, i * ImagePreprocessing.CLIP.pixels());
            }
            long[] shape = {batch.size(), 3, ImagePreprocessing.CLIP.size(), ImagePreprocessing.CLIP.size()};
            OrtSession h = head;
            float[] scores = h == null ? run(encoder, pixels, shape) : viaHead(h, pixels, shape, batch.size());
            if (scores.length != batch.size()) {
                throw new IllegalStateException(
                        "the aesthetic model gave " + scores.length + " scores for " + batch.size() + " frames");
            }
            System.arraycopy(scores, 0, out, from, scores.length);
        }
        return out;
    }

    private float[] viaHead(OrtSession h, float[] pixels, long[] shape, int n) throws OrtException {
        float[] emb = run(encoder, pixels, shape);
        int d = emb.length / n;
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int j = 0; j < d; j++) {
                norm += emb[i * d + j] * emb[i * d + j];
            }
            float inv = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
            for (int j = 0; j < d; j++) {
                emb[i * d + j] *= inv;
            }
        }
        return run(h, emb, new long[] {n, d});
    }

    private float[] run(OrtSession s, float[] data, long[] shape) throws OrtException {
        String name = s.getInputNames().iterator().next();
        try (OnnxTensor in = OnnxTensor.createTensor(env, FloatBuffer.wrap(data), shape);
                OrtSession.Result r = s.run(Map.of(name, in))) {
            FloatBuffer b = ((OnnxTensor) r.get(0)).getFloatBuffer();
            float[] out = new float[b.remaining()];
            b.get(out);
            return out;
        }
    }

    @Override
    public void close() {
        closeQuietly(encoder);
        if (head != null) {
            closeQuietly(head);
        }
    }

    private static void closeQuietly(OrtSession s) {
        try {
            s.close();
        } catch (OrtException e) {
            // closing a session frees native memory; nothing can be done if that fails
        }
    }
}
