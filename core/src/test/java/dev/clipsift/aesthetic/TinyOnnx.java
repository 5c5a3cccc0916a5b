package dev.clipsift.aesthetic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes tiny but real ONNX models (opset 13) byte by byte in the protobuf wire format, for the tests: an image
 * model {@code GlobalAveragePool -> Flatten -> MatMul -> Add} whose output is a weighted sum of the mean of each
 * normalised colour plane plus a bias, and an embedding head {@code MatMul -> Add}.
 */
public final class TinyOnnx {
    private TinyOnnx() {}

    /**
     * Images [N,3,side,side] to [N,outputs]: {@code mean(plane) . weights + bias}, {@code weights} 3 x
     * {@code outputs} row-major. With one output and {@code flatScore} the score is [N] (a Flatten of rank 1 is not
     * ONNX, so a squeezing Reshape).
     */
    public static Path imageModel(Path file, int side, float[] weights, float[] bias, boolean flatScore)
            throws IOException {
        int outputs = bias.length;
        Proto g = new Proto()
                .message(1, node("GlobalAveragePool", "x", "pooled"))
                .message(1, node("Flatten", "pooled", "flat"))
                .message(1, node("MatMul", "flat", "w", "prod"))
                .message(1, node("Add", "prod", "b", flatScore ? "sum" : "y"))
                .string(2, "tiny")
                .message(5, tensor("w", new long[] {3, outputs}, weights))
                .message(5, tensor("b", new long[] {outputs}, bias))
                .message(11, value("x", "N", 3, side, side))
                .message(12, flatScore ? value("y", "N") : value("y", "N", outputs));
        if (flatScore) {
            g.message(1, node("Reshape", "sum", "shape", "y")).message(5, longTensor("shape", new long[] {-1}));
        }
        return write(file, g);
    }

    /** Embeddings [N,width] to scores [N,1]: {@code e . weights + bias}. */
    static Path head(Path file, float[] weights, float bias) throws IOException {
        Proto g = new Proto()
                .message(1, node("MatMul", "e", "w", "prod"))
                .message(1, node("Add", "prod", "b", "y"))
                .string(2, "tiny_head")
                .message(5, tensor("w", new long[] {weights.length, 1}, weights))
                .message(5, tensor("b", new long[] {1}, new float[] {bias}))
                .message(11, value("e", "N", weights.length))
                .message(12, value("y", "N", 1));
        return write(file, g);
    }

    private static Path write(Path file, Proto graph) throws IOException {
        Proto model = new Proto()
                .varint(1, 8)
                .string(2, "clipsift-test")
                .message(7, graph)
                .message(8, new Proto().string(1, "").varint(2, 13));
        Files.write(file, model.bytes());
        return file;
    }

    private static Proto node(String op, String... io) {
        Proto n = new Proto();
        for (int i = 0; i < io.length - 1; i++) {
            n.string(1, io[i]);
        }
        return n.string(2, io[io.length - 1])
                .string(3, op + "_" + io[io.length - 1])
                .string(4, op);
    }

    private static Proto tensor(String name, long[] dims, float[] values) {
        Proto t = new Proto();
        for (long d : dims) {
            t.varint(1, d);
        }
        ByteBuffer raw = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            raw.putFloat(v);
        }
        return t.varint(2, 1).string(8, name).bytes(9, raw.array());
    }

    private static Proto longTensor(String name, long[] values) {
        Proto t = new Proto().varint(1, values.length);
        ByteBuffer raw = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            raw.putLong(v);
        }
        return t.varint(2, 7).string(8, name).bytes(9, raw.array());
    }

    /** A float tensor's value info; a dim of {@code "N"} is symbolic, others are numbers. */
    private static Proto value(String name, Object... dims) {
        Proto shape = new Proto();
        for (Object d : dims) {
            shape.message(1, d instanceof String s ? new Proto().string(2, s) : new Proto().varint(1, (Integer) d));
        }
        Proto tensorType = new Proto().varint(1, 1).message(2, shape);
        return new Proto().string(1, name).message(2, new Proto().message(1, tensorType));
    }

    /** A protobuf message being written: varint and length-delimited fields. */
    private static final class Proto {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Proto varint(int field, long v) {
            raw((long) field << 3);
            raw(v);
            return this;
        }

        Proto string(int field, String s) {
            return bytes(field, s.getBytes(StandardCharsets.UTF_8));
        }

        Proto message(int field, Proto m) {
            return bytes(field, m.bytes());
        }

        Proto bytes(int field, byte[] b) {
            raw(((long) field << 3) | 2);
            raw(b.length);
            out.write(b, 0, b.length);
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }

        private void raw(long v) {
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }
    }
}
