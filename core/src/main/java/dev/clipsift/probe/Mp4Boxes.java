package dev.clipsift.probe;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the top-level box structure of an MP4/MOV file (4-byte size, 4-character type, 64-bit size when the
 * size is 1, "to the end" when it is 0) to tell a truncated file from one that is not a video: FFmpeg says
 * "Invalid data found when processing input" for both.
 */
final class Mp4Boxes {
    private static final int HEADER = 8;

    private Mp4Boxes() {}

    /**
     * Why {@code file} is a truncated MP4, if it is one: it starts with an {@code ftyp} box but has no complete
     * {@code moov} box (the index every player needs). Empty when the file is not an MP4, or has its index.
     */
    static Optional<String> truncation(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer header = ByteBuffer.allocate(2 * HEADER);
            long at = 0;
            boolean first = true;
            while (at + HEADER <= size) {
                header.clear();
                ch.read(header, at);
                header.flip();
                long boxSize = Integer.toUnsignedLong(header.getInt(0));
                String type = type(header);
                if (type == null || (first && !type.equals("ftyp"))) {
                    return Optional.empty();
                }
                first = false;
                if (boxSize == 1) {
                    if (header.limit() < 2 * HEADER) {
                        break;
                    }
                    boxSize = header.getLong(HEADER);
                } else if (boxSize == 0) {
                    boxSize = size - at;
                }
                if (boxSize < HEADER) {
                    return Optional.empty(); // not a box structure after all
                }
                if (at + boxSize > size) {
                    return Optional.of(
                            type.equals("moov")
                                    ? String.format(
                                            Locale.ROOT,
                                            "truncated (moov atom cut short: %d of its %d bytes present)",
                                            size - at,
                                            boxSize)
                                    : String.format(
                                            Locale.ROOT,
                                            "truncated (no moov atom; the file ends inside its '%s' box, at byte %d of %d)",
                                            type,
                                            size,
                                            at + boxSize));
                }
                if (type.equals("moov")) {
                    return Optional.empty();
                }
                at += boxSize;
            }
            return first ? Optional.empty() : Optional.of("truncated (no moov atom)");
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The box type if it is four printable ASCII characters, else null (not an MP4 box). */
    private static String type(ByteBuffer header) {
        StringBuilder sb = new StringBuilder(4);
        for (int i = 4; i < HEADER; i++) {
            int c = header.get(i) & 0xff;
            if (c < 0x20 || c > 0x7e) {
                return null;
            }
            sb.append((char) c);
        }
        return sb.toString();
    }
}
