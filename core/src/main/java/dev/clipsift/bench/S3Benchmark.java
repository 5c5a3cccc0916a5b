package dev.clipsift.bench;

import dev.clipsift.probe.ProbeService;
import dev.clipsift.probe.VideoRecord;
import dev.clipsift.source.Backoff;
import dev.clipsift.source.ReadMode;
import dev.clipsift.source.S3Settings;
import dev.clipsift.source.Source;
import dev.clipsift.source.SourceProber;
import dev.clipsift.source.Sources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Listing and probing an S3 prefix: listing alone, probing in place by ranged GETs on presigned URLs, and
 * downloading each object whole (transfer manager) before probing the local copy. Each side starts with an
 * empty download folder and no probe cache; requests go through a byte-counting relay so the table also
 * shows what each side moved over the wire. Needs an S3 endpoint given as {@code --s3-endpoint}.
 */
public final class S3Benchmark {

    /** One side's median run: objects, seconds, bytes over the wire, HTTP requests, TCP connections, failures. */
    public record Row(
            String side, int objects, double seconds, long bytes, long requests, long connections, int failed) {
        public double objectsPerS() {
            return objects / seconds;
        }
    }

    private S3Benchmark() {}

    /**
     * Runs each side {@code runs} times; {@code rttMs} and {@code bytesPerSecond} (per connection) imitate a
     * distant server (0 for none).
     */
    public static List<Row> run(
            S3Settings settings, String spec, int threads, int runs, long rttMs, long bytesPerSecond)
            throws IOException {
        if (settings.endpoint() == null) {
            throw new IllegalArgumentException("bench s3 measures a local or private S3 server: pass --s3-endpoint");
        }
        try (ByteCountingRelay relay = new ByteCountingRelay(settings.endpoint(), rttMs, bytesPerSecond)) {
            S3Settings via = new S3Settings(settings.profile(), relay.uri(), settings.region(), settings.pathStyle());
            List<Row> rows = new ArrayList<>();
            rows.add(median(runs, () -> side("list only", via, spec, threads, null, relay)));
            rows.add(median(
                    runs,
                    () -> side(
                            "list + probe, ranged GETs (presigned URL)", via, spec, threads, ReadMode.RANGE, relay)));
            rows.add(median(
                    runs,
                    () -> side("list + download whole + probe local", via, spec, threads, ReadMode.DOWNLOAD, relay)));
            return rows;
        }
    }

    private interface Side {
        Row run() throws IOException;
    }

    private static Row median(int runs, Side side) throws IOException {
        List<Row> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            all.add(side.run());
        }
        all.sort(Comparator.comparingDouble(Row::seconds));
        return all.get(all.size() / 2);
    }

    private static Row side(
            String name, S3Settings settings, String spec, int threads, ReadMode mode, ByteCountingRelay relay)
            throws IOException {
        Path downloads = Files.createTempDirectory("clipsift-bench-s3");
        AtomicInteger objects = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        try (Sources sources = new Sources(settings, Backoff.standard(), downloads, w -> {})) {
            Source source = sources.open(spec);
            sources.s3().sync();
            relay.reset();
            long t0 = System.nanoTime();
            if (mode == null) {
                try (Stream<?> items = source.list()) {
                    objects.set((int) items.count());
                }
            } else {
                SourceProber prober = new SourceProber(new ProbeService(null, threads), null, mode, Backoff.standard());
                prober.probeAll(
                        List.of(source),
                        (VideoRecord r) -> {
                            objects.incrementAndGet();
                            if (!r.ok()) {
                                failed.incrementAndGet();
                            }
                        },
                        new AtomicBoolean());
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Row(
                    name,
                    objects.get(),
                    seconds,
                    relay.bytesToClients(),
                    relay.requests(),
                    relay.connections(),
                    failed.get());
        } finally {
            deleteTree(downloads);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
