package dev.clipsift.store;

import dev.clipsift.io.AtomicFiles;
import dev.clipsift.source.SafePaths;
import dev.clipsift.source.SourceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** An {@link OutputStore} on a local folder: each file is copied to a temp sibling, then renamed. */
public final class LocalOutputStore implements OutputStore {
    private final Path root;

    public LocalOutputStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String location() {
        return root.toString();
    }

    @Override
    public String put(Path file, String name) {
        Path target = SafePaths.resolve(root, name);
        Path tmp = null;
        try {
            tmp = AtomicFiles.tempFor(target);
            Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
            AtomicFiles.commit(tmp, target);
            return target.toString();
        } catch (IOException e) {
            throw new SourceException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    @Override
    public PutReport putTree(Path dir, String prefix) {
        int files = 0;
        long bytes = 0;
        List<String> failures = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                try {
                    put(f, prefix.isEmpty() ? rel : prefix + "/" + rel);
                    files++;
                    bytes += Files.size(f);
                } catch (SourceException | IOException e) {
                    failures.add(rel + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new SourceException("cannot read folder " + dir + ": " + e.getMessage(), e);
        }
        return new PutReport(files, bytes, failures);
    }

    @Override
    public List<String> names(String folder) {
        Path dir = SafePaths.resolve(root, folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().endsWith(".part"))
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new SourceException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean get(String name, Path target) {
        Path file = SafePaths.resolve(root, name);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        Path tmp = null;
        try {
            tmp = AtomicFiles.tempFor(target);
            Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
            AtomicFiles.commit(tmp, target);
            return true;
        } catch (IOException e) {
            throw new SourceException("cannot copy " + file + " to " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    @Override
    public void delete(String name) {
        Path file = SafePaths.resolve(root, name);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new SourceException("cannot delete " + file + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // only a leftover temp file
            }
        }
    }

    @Override
    public void close() {}
}
