package dev.clipsift.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProbeServiceTest {

    @Test
    void cachedRecordsAreReusedUntilTheFileChanges(@TempDir Path dir) throws IOException {
        Path video = Files.copy(TestData.video("bikes.mp4"), dir.resolve("v.mp4"));
        Path cacheFile = dir.resolve("cache/probe-cache.jsonl");
        try (ProbeCache cache = ProbeCache.open(cacheFile)) {
            assertThat(new ProbeService(cache, 2).probe(video).frames()).isEqualTo(250);
        }
        // a second process reading the cache gets the record without probing: prove it by corrupting
        // the file content while keeping size and mtime
        var mtime = Files.getLastModifiedTime(video);
        byte[] junk = new byte[(int) Files.size(video)];
        Files.write(video, junk);
        Files.setLastModifiedTime(video, mtime);
        try (ProbeCache cache = ProbeCache.open(cacheFile)) {
            assertThat(cache.size()).isEqualTo(1);
            assertThat(new ProbeService(cache, 2).probe(video).ok()).isTrue();
        }
        // a changed mtime invalidates the entry
        Files.setLastModifiedTime(video, java.nio.file.attribute.FileTime.fromMillis(mtime.toMillis() + 5000));
        try (ProbeCache cache = ProbeCache.open(cacheFile)) {
            assertThat(new ProbeService(cache, 2).probe(video).ok()).isFalse();
        }
    }

    @Test
    void aFailureCachedWithoutItsTypeIsProbedAgainAndGetsOne(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.mp4"));
        long mtime = Files.getLastModifiedTime(empty).toMillis();
        Path cacheFile = dir.resolve("probe-cache.jsonl");
        // what a cache written before failures were typed holds: an error, no "failure"
        Files.writeString(
                cacheFile,
                "{\"path\":\"" + empty + "\",\"ok\":false,\"error\":\"empty file (0 bytes)\","
                        + "\"size_bytes\":0,\"mtime_ms\":" + mtime + "}\n");
        try (ProbeCache cache = ProbeCache.open(cacheFile)) {
            assertThat(cache.size()).isZero();
            assertThat(new ProbeService(cache, 1).probe(empty).failure()).isEqualTo(ProbeFailure.EMPTY_FILE);
        }
        try (ProbeCache cache = ProbeCache.open(cacheFile)) {
            assertThat(cache.get(empty.toString(), 0, mtime).failure()).isEqualTo(ProbeFailure.EMPTY_FILE);
        }
    }

    @Test
    void aLineCutShortByAKillIsIgnored(@TempDir Path dir) throws IOException {
        Path cacheFile = dir.resolve("probe-cache.jsonl");
        try (ProbeCache cache = ProbeCache.open(cacheFile)) {
            new ProbeService(cache, 1).probe(TestData.video("bikes.mp4"));
        }
        Files.writeString(cacheFile, "{\"path\":\"x.mp4\",\"ok\":tr", java.nio.file.StandardOpenOption.APPEND);
        try (ProbeCache cache = ProbeCache.open(cacheFile)) {
            assertThat(cache.size()).isEqualTo(1);
        }
    }

    @Test
    void parallelProbingKeepsInputOrderAndReportsEveryFile(@TempDir Path dir) throws IOException {
        List<Path> files = List.of(
                TestData.video("bikes.mp4"),
                Files.createFile(dir.resolve("empty.mp4")),
                TestData.video("carphone_pristine.mp4"),
                TestData.video("fades.mp4"));
        List<VideoRecord> records = new ProbeService(null, 3).probeAll(files);
        assertThat(records)
                .extracting(VideoRecord::path)
                .containsExactlyElementsOf(files.stream().map(Path::toString).toList());
        assertThat(records).extracting(VideoRecord::ok).containsExactly(true, false, true, true);
    }
}
