package dev.clipsift.split;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a tiny ONNX model with TransNetV2's interface, encoded by hand (ONNX is protobuf): input
 * {@code [1, 100, 27, 48, 3]} float, output {@code [1, 100, 1]} logits = (mean pixel value - 128) / 8, so a
 * bright frame reads as a transition and a dark one as none.
 */
final class TinyOnnxModel {
    private TinyOnnxModel() {}

    static Path write(Path file) throws Exception {
        byte[] graph = concat(
                node("ReduceMean", new String[] {"input"}, "mean", attrInts("axes", 2, 3, 4), attrInt("keepdims", 0)),
                node("Sub", new String[] {"mean", "offset"}, "centred"),
                node("Div", new String[] {"centred", "scale"}, "flat"),
                node("Unsqueeze", new String[] {"flat", "last_axis"}, "logits"),
                field(2, "tiny_transnet".getBytes(StandardCharsets.UTF_8)),
                field(5, floatScalar("offset", 128f)),
                field(5, floatScalar("scale", 8f)),
                field(5, int64Vector("last_axis", 2)),
                field(11, valueInfo("input", 1, 100, 27, 48, 3)),
                field(12, valueInfo("logits", 1, 100, 1)));
        byte[] opset = concat(field(1, new byte[0]), varintField(2, 13));
        byte[] model = concat(
                varintField(1, 8),
                field(2, "clipsift-test".getBytes(StandardCharsets.UTF_8)),
                field(7, graph),
                field(8, opset));
        Files.write(file, model);
        return file;
    }

    private static byte[] node(String op, String[] inputs, String output, byte[]... attributes) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (String in : inputs) {
            b.writeBytes(field(1, utf8(in)));
        }
        b.writeBytes(field(2, utf8(output)));
        b.writeBytes(field(4, utf8(op)));
        for (byte[] a : attributes) {
            b.writeBytes(field(5, a));
        }
        return field(1, b.toByteArray());
    }

    private static byte[] attrInts(String name, long... values) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(field(1, utf8(name)));
        for (long v : values) {
            b.writeBytes(varintField(8, v));
        }
        b.writeBytes(varintField(20, 7));
        return b.toByteArray();
    }

    private static byte[] attrInt(String name, long value) {
        return concat(field(1, utf8(name)), varintField(3, value), varintField(20, 2));
    }

    private static byte[] floatScalar(String name, float value) {
        byte[] raw = ByteBuffer.allocate(4)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putFloat(value)
                .array();
        return concat(varintField(2, 1), field(8, utf8(name)), field(9, raw));
    }

    private static byte[] int64Vector(String name, long... values) {
        ByteBuffer raw = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            raw.putLong(v);
        }
        return concat(varintField(1, values.length), varintField(2, 7), field(8, utf8(name)), field(9, raw.array()));
    }

    private static byte[] valueInfo(String name, long... dims) {
        ByteArrayOutputStream shape = new ByteArrayOutputStream();
        for (long d : dims) {
            shape.writeBytes(field(1, varintField(1, d)));
        }
        byte[] tensorType = concat(varintField(1, 1), field(2, shape.toByteArray()));
        return concat(field(1, utf8(name)), field(2, field(1, tensorType)));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] field(int number, byte[] payload) {
        return concat(varint((long) number << 3 | 2), varint(payload.length), payload);
    }

    private static byte[] varintField(int number, long value) {
        return concat(varint((long) number << 3), varint(value));
    }

    private static byte[] varint(long value) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        long v = value;
        while ((v & ~0x7FL) != 0) {
            b.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        b.write((int) v);
        return b.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }
}
