package dev.clipsift.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lists the video files under a folder, recursively, in a stable sorted order (depth first, names in
 * code-point order within each folder). Streams: only the folders on the current path are held in memory,
 * so a million files never need a million objects. Hidden entries are skipped; symbolic links are followed
 * but a folder already on the path (a loop) or already visited is entered once only.
 */
public final class LocalLister {
    private final Consumer<String> warnings;

    public LocalLister(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    public LocalLister() {
        this(w -> {});
    }

    /** All video files under {@code root} (or {@code root} itself when it is a file). */
    public Stream<Path> list(Path root) {
        if (Files.isRegularFile(root)) {
            return Stream.of(root);
        }
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("no such file or folder: " + root);
        }
        Iterator<Path> it = new Walk(root);
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private final class Walk implements Iterator<Path> {
        /** Each frame: the remaining sorted entries of one folder. */
        private final Deque<Iterator<Path>> stack = new ArrayDeque<>();

        private final Set<Object> visitedDirs = new HashSet<>();
        private Path next;

        Walk(Path root) {
            enter(root);
        }

        private void enter(Path dir) {
            Object key = dirKey(dir);
            if (key != null && !visitedDirs.add(key)) {
                warnings.accept("skipping " + dir + ": folder already listed (symbolic link loop?)");
                return;
            }
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path p : ds) {
                    if (!VideoFiles.isHidden(p)) {
                        entries.add(p);
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                warnings.accept("cannot read folder " + dir + ": " + e.getMessage());
                return;
            }
            entries.sort((a, b) ->
                    a.getFileName().toString().compareTo(b.getFileName().toString()));
            stack.push(entries.iterator());
        }

        private Object dirKey(Path dir) {
            try {
                Object key = Files.readAttributes(dir, java.nio.file.attribute.BasicFileAttributes.class)
                        .fileKey();
                return key != null ? key : dir.toRealPath();
            } catch (IOException e) {
                return null;
            }
        }

        private void advance() {
            while (next == null && !stack.isEmpty()) {
                Iterator<Path> top = stack.peek();
                if (!top.hasNext()) {
                    stack.pop();
                    continue;
                }
                Path p = top.next();
                if (Files.isDirectory(p)) {
                    enter(p);
                } else if (VideoFiles.isVideo(p) && Files.isRegularFile(p)) {
                    next = p;
                } else if (VideoFiles.isVideo(p) && Files.isSymbolicLink(p) && !Files.exists(p)) {
                    warnings.accept("skipping " + p + ": broken symbolic link");
                }
            }
        }

        @Override
        public boolean hasNext() {
            advance();
            return next != null;
        }

        @Override
        public Path next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Path p = next;
            next = null;
            return p;
        }
    }
}
