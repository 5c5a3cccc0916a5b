package dev.clipsift.grid;

import dev.clipsift.source.Source;
import dev.clipsift.source.SourceException;
import dev.clipsift.source.SourceItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The picked videos of a source as local files: remote ones are downloaded (a few at once, into the download
 * cache), local ones used in place. Only the picked items are fetched. A video that cannot be fetched is
 * skipped with a one-line warning, like a file that cannot be decoded.
 */
public final class GridInputs {
    private static final int DOWNLOADS_AT_ONCE = 8;

    /** The local files in pick order, each with the path shown for it; {@code failed}: one line per skipped item. */
    public record Fetched(Map<Path, String> shownByFile, List<String> failed) {
        public List<Path> files() {
            return List.copyOf(shownByFile.keySet());
        }

        /** A message about a downloaded copy, naming the video as the user knows it. */
        public String shown(String message) {
            String m = message;
            for (Map.Entry<Path, String> e : shownByFile.entrySet()) {
                m = m.replace(e.getKey().toString(), e.getValue());
            }
            return m;
        }
    }

    private GridInputs() {}

    public static Fetched fetch(
            Source source, List<SourceItem> picked, Consumer<String> warnings, BooleanSupplier cancelled)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(source.remote() ? DOWNLOADS_AT_ONCE : 1, r -> {
            Thread t = new Thread(r, "grid-fetch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Path>> jobs = new ArrayList<>();
            for (SourceItem item : picked) {
                jobs.add(
                        pool.submit(() -> cancelled.getAsBoolean() ? null : source.materialise(source.describe(item))));
            }
            Map<Path, String> shown = new LinkedHashMap<>();
            List<String> failed = new ArrayList<>();
            for (int i = 0; i < picked.size(); i++) {
                try {
                    Path local = jobs.get(i).get();
                    if (local == null) {
                        throw new CancellationException("grid video cancelled");
                    }
                    shown.put(local, picked.get(i).path());
                } catch (ExecutionException e) {
                    String why =
                            e.getCause() instanceof SourceException se ? se.getMessage() : String.valueOf(e.getCause());
                    String line = "skipping " + picked.get(i).path() + ": " + why;
                    failed.add(line);
                    warnings.accept(line);
                }
            }
            return new Fetched(shown, failed);
        } finally {
            pool.shutdownNow();
        }
    }
}
