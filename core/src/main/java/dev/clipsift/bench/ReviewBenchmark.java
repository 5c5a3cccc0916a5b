package dev.clipsift.bench;

import dev.clipsift.io.Json;
import dev.clipsift.model.Caption;
import dev.clipsift.model.Captions;
import dev.clipsift.model.ClipCounts;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.InputRecord;
import dev.clipsift.model.Schema;
import dev.clipsift.model.Scores;
import dev.clipsift.model.SourceRef;
import dev.clipsift.model.Span;
import dev.clipsift.model.Status;
import dev.clipsift.review.ReviewIndex;
import dev.clipsift.review.ReviewQuery;
import dev.clipsift.review.ReviewRun;
import dev.clipsift.run.RunFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Opening a run of generated clip records for review and moving a score's slider over it: the warm open
 * (records read, journal replayed, index built), each slider step's filter plus the histograms the filter panel
 * redraws, and the heap the opened review holds; against the floors of reading the same record files' bytes
 * and of one plain pass over one score column.
 */
public final class ReviewBenchmark {
    static final List<String> SCORES =
            List.of("aesthetic", "motion_global_mean", "quality", "text_area_fraction", "clip_s");
    static final String[] WORDS = {"a", "red", "car", "drives", "past", "dog", "runs", "beach", "city", "night"};

    private ReviewBenchmark() {}

    /** The numbers: open (median of the warm rounds), the floor's read, slider steps' median and p95, heap. */
    public record Result(
            int clips,
            double openS,
            double readFloorS,
            double stepMedianMs,
            double stepP95Ms,
            double scanFloorMs,
            double heapMb,
            int steps) {}

    /** Writes {@code clips} generated records ({@code perVideo} a video) into a run folder {@code root}. */
    public static void generate(Path root, int clips, int perVideo, long seed) throws IOException {
        RunFolder folder = new RunFolder(root);
        folder.create();
        Files.writeString(folder.config(), "{\"schema_version\": " + Schema.VERSION + ", \"config\": {}}");
        SplittableRandom random = new SplittableRandom(seed);
        for (int v = 0; v * perVideo < clips; v++) {
            String video = String.format("v%06d", v);
            List<String> ids = new ArrayList<>();
            for (int c = 0; c < perVideo && v * perVideo + c < clips; c++) {
                String id = video + "-" + String.format("%04d", c);
                ids.add(id);
                Files.writeString(folder.clipRecord(id), Json.write(record(id, video, random)));
            }
            InputRecord in = new InputRecord(
                    Schema.VERSION,
                    video,
                    video + ".mp4",
                    video + ".mp4",
                    null,
                    null,
                    ids,
                    ClipCounts.NONE,
                    null,
                    null,
                    null);
            Files.writeString(folder.videoRecord(video), Json.write(in));
        }
    }

    private static ClipRecord record(String id, String video, SplittableRandom random) {
        Map<String, Double> scores = new TreeMap<>();
        for (String s : SCORES) {
            scores.put(s, random.nextDouble() * 10);
        }
        double p = random.nextDouble();
        Status status = p < 0.8
                ? Status.OK
                : p < 0.95 ? Status.filtered(List.of("quality 1.2 < 3.0")) : Status.duplicate(video + "-0000");
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 12; w++) {
            text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        Caption caption = new Caption(
                "v0",
                Caption.State.OK,
                text.toString(),
                "bench",
                "p",
                "2026-01-01T00:00:00Z",
                100,
                20,
                List.of(new Caption.Window(0, 50, 4, text.toString(), 100, 20)),
                null,
                null);
        return ClipRecord.of(id, new SourceRef(video + ".mp4", video, 1280, 720, 25.0), new Span(0, 2, 0, 50), null)
                .withScores(new Scores(scores))
                .withStatus(status)
                .withCaptions(new Captions(List.of(caption)));
    }

    /** Opens {@code root} {@code rounds} times (the first warms up) and moves each score's slider in {@code steps}. */
    public static Result run(Path root, int rounds, int steps) throws Exception {
        double[] open = new double[rounds];
        double[] read = new double[rounds];
        ReviewRun kept = null;
        long heapBefore = 0;
        for (int i = 0; i < rounds; i++) {
            if (kept != null) {
                kept.close();
                kept = null;
            }
            heapBefore = usedHeap();
            long t0 = System.nanoTime();
            kept = ReviewRun.open(root, "bench", w -> {});
            open[i] = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            readBytes(root);
            read[i] = (System.nanoTime() - t0) / 1e9;
        }
        ReviewRun review = kept;
        double heap = (usedHeap() - heapBefore) / 1e6;
        ReviewIndex index = review.index();
        List<Double> times = new ArrayList<>();
        List<Double> scans = new ArrayList<>();
        for (String s : SCORES) {
            float lo = index.min(s);
            float hi = index.max(s);
            for (int k = 0; k < steps; k++) {
                double at = lo + (hi - lo) * k / (2.0 * steps);
                ReviewQuery q = ReviewQuery.all()
                        .withRange(s, new ReviewQuery.Range(at, hi))
                        .sortedBy("quality", true);
                long t0 = System.nanoTime();
                int[] rows = index.filter(q);
                for (String h : SCORES) {
                    index.histogram(h, 40, rows);
                }
                times.add((System.nanoTime() - t0) / 1e6);
                t0 = System.nanoTime();
                int n = 0;
                for (int r = 0; r < index.size(); r++) {
                    float v = index.score(s, r);
                    n += v >= at && v <= hi ? 1 : 0;
                }
                scans.add((System.nanoTime() - t0) / 1e6 + n * 0.0);
            }
        }
        review.close();
        double[] t = times.stream().mapToDouble(Double::doubleValue).toArray();
        double[] floor = scans.stream().mapToDouble(Double::doubleValue).toArray();
        double[] warmOpen = Arrays.copyOfRange(open, Math.min(1, rounds - 1), rounds);
        double[] warmRead = Arrays.copyOfRange(read, Math.min(1, rounds - 1), rounds);
        return new Result(
                index.size(),
                Stats.median(warmOpen),
                Stats.median(warmRead),
                Stats.median(t),
                percentile(t, 0.95),
                Stats.median(floor),
                heap,
                t.length);
    }

    private static void readBytes(Path root) throws IOException {
        RunFolder folder = new RunFolder(root);
        folder.eachVideo(v -> {
            long bytes = 0;
            for (String id : v.clipIds()) {
                bytes += Files.readAllBytes(folder.clipRecord(id)).length;
            }
            return bytes;
        });
    }

    private static double percentile(double[] values, double p) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[Math.min(v.length - 1, (int) Math.ceil(p * v.length) - 1)];
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
