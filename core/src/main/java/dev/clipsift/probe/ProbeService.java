package dev.clipsift.probe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Probes many files in parallel, in input order, through an optional {@link ProbeCache}. At most a bounded
 * number of files is in flight, so a huge listing streams through in flat memory.
 */
public final class ProbeService {
    private final Prober prober = new Prober();
    private final ProbeCache cache;
    private final int threads;

    public ProbeService(ProbeCache cache, int threads) {
        this.cache = cache;
        this.threads = Math.max(1, threads);
    }

    public static int defaultThreads() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    /** Probes one file, through the cache. */
    public VideoRecord probe(Path file) {
        if (cache != null) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                VideoRecord hit = cache.get(
                        file.toString(), a.size(), a.lastModifiedTime().toMillis());
                if (hit != null) {
                    return hit;
                }
            } catch (IOException e) {
                // fall through: the prober reports the unreadable file in its own words
            }
        }
        VideoRecord r = prober.probe(file);
        if (cache != null) {
            try {
                cache.put(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the probe cache", e);
            }
        }
        return r;
    }

    /**
     * Probes every file of {@code files}, handing each record to {@code sink} in input order.
     * Returns early (without error) when {@code cancelled} becomes true.
     */
    public void probeAll(Stream<Path> files, Consumer<VideoRecord> sink, AtomicBoolean cancelled) {
        probeEach(files, this::probe, sink, cancelled);
    }

    /**
     * Probes every item of {@code items} with {@code probeOne} on this service's threads, handing each record
     * to {@code sink} in input order; for items that are not local files (S3 objects, URLs).
     * Returns early (without error) when {@code cancelled} becomes true.
     */
    public <T> void probeEach(
            Stream<T> items, Function<T, VideoRecord> probeOne, Consumer<VideoRecord> sink, AtomicBoolean cancelled) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "probe");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Future<VideoRecord>> inFlight = new ArrayBlockingQueue<>(threads * 4);
        try {
            Iterator<T> it = items.iterator();
            while (it.hasNext() && !cancelled.get()) {
                T item = it.next();
                if (inFlight.remainingCapacity() == 0) {
                    sink.accept(await(inFlight.poll()));
                }
                inFlight.add(pool.submit(() -> probeOne.apply(item)));
            }
            while (!inFlight.isEmpty() && !cancelled.get()) {
                sink.accept(await(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    public List<VideoRecord> probeAll(List<Path> files) {
        List<VideoRecord> out = new ArrayList<>(files.size());
        probeAll(files.stream(), out::add, new AtomicBoolean());
        return out;
    }

    private static VideoRecord await(Future<VideoRecord> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while probing", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }
}
