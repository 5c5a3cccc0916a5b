package dev.clipsift.embed;

/**
 * IEEE 754 half precision (Java 17 has no {@code Float.floatToFloat16}): conversion with round-half-to-even and
 * little-endian packing of vectors, two bytes a value. A unit vector's values keep about three decimal digits,
 * plenty for cosine similarities compared at 0.01.
 */
public final class Float16 {
    private Float16() {}

    static short fromFloat(float f) {
        int sign = Float.floatToRawIntBits(f) >>> 16 & 0x8000;
        if (Float.isNaN(f)) {
            return (short) 0x7e00;
        }
        float a = Math.abs(f);
        if (a >= 65520f) {
            return (short) (sign | 0x7c00);
        }
        if (a < 0x1p-14f) {
            return (short) (sign | (int) Math.rint(a * 0x1p24)); // subnormal; 1024 is the least normal, exactly
        }
        int e = Math.getExponent(a);
        int m = (int) Math.rint((a / Math.scalb(1f, e) - 1) * 1024);
        if (m == 1024) {
            e++;
            m = 0;
        }
        return e + 15 >= 31 ? (short) (sign | 0x7c00) : (short) (sign | (e + 15) << 10 | m);
    }

    static float toFloat(short h) {
        int sign = (h & 0x8000) << 16;
        int e = h >>> 10 & 0x1f;
        int m = h & 0x3ff;
        if (e == 0) {
            float v = m * 0x1p-24f;
            return sign != 0 ? -v : v;
        }
        if (e == 31) {
            return Float.intBitsToFloat(sign | 0x7f800000 | m << 13);
        }
        return Float.intBitsToFloat(sign | (e - 15 + 127) << 23 | m << 13);
    }

    /** {@code v} as {@code 2 * v.length} little-endian bytes. */
    public static byte[] pack(float[] v) {
        byte[] out = new byte[v.length * 2];
        for (int i = 0; i < v.length; i++) {
            short h = fromFloat(v[i]);
            out[2 * i] = (byte) h;
            out[2 * i + 1] = (byte) (h >>> 8);
        }
        return out;
    }

    /** {@code count} values from {@code bytes} at byte {@code from} into {@code out} at {@code at}. */
    public static void unpack(byte[] bytes, int from, int count, float[] out, int at) {
        for (int i = 0; i < count; i++) {
            int p = from + 2 * i;
            out[at + i] = toFloat((short) ((bytes[p] & 0xff) | (bytes[p + 1] & 0xff) << 8));
        }
    }
}
