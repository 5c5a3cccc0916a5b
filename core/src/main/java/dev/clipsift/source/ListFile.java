package dev.clipsift.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * A text file listing one entry a line ({@code #} comments and blank lines ignored), read lazily: each entry is
 * handed with its line number to a parser that returns the item, or null after warning about a bad line.
 */
final class ListFile {
    private ListFile() {}

    static Stream<SourceItem> items(Path file, String what, BiFunction<String, Long, SourceItem> parse) {
        BufferedReader in;
        try {
            in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SourceException("cannot read the " + what + " " + file + ": " + e.getMessage(), e);
        }
        long[] lineNo = {0};
        return in.lines()
                .onClose(() -> closeQuietly(in))
                .map(line -> {
                    lineNo[0]++;
                    String t = line.strip();
                    return t.isEmpty() || t.startsWith("#") ? null : parse.apply(t, lineNo[0]);
                })
                .filter(Objects::nonNull);
    }

    private static void closeQuietly(BufferedReader in) {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
