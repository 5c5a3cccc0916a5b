package dev.clipsift.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SizeCappedFolderTest {
    @TempDir
    Path dir;

    /** A 100-byte entry last used {@code hoursAgo} hours ago. */
    private Path entry(String name, int hoursAgo) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, new byte[100]);
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(hoursAgo, ChronoUnit.HOURS)));
        return p;
    }

    private long names() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aWritePastTheLimitDeletesTheLeastRecentlyUsedEntriesUntilItFits() throws IOException {
        SizeCappedFolder folder = new SizeCappedFolder(dir, ".bin", 300);
        Path oldest = entry("a/oldest.bin", 5);
        Path older = entry("b/older.bin", 4);
        Path recent = entry("a/recent.bin", 3);

        Path written = entry("c/new.bin", 0);
        folder.added(written);

        assertThat(oldest).doesNotExist();
        assertThat(older).exists();
        assertThat(recent).exists();
        assertThat(written).exists();
        assertThat(folder.total()).isEqualTo(300);
    }

    @Test
    void readingAnEntryMakesItTheLastToGo() throws IOException {
        SizeCappedFolder folder = new SizeCappedFolder(dir, ".bin", 200);
        Path first = entry("first.bin", 5);
        Path second = entry("second.bin", 4);

        folder.used(first);
        folder.added(entry("third.bin", 0));

        assertThat(first).exists();
        assertThat(second).doesNotExist();
    }

    @Test
    void theFileJustWrittenStaysEvenWhenItAloneIsOverTheLimit() throws IOException {
        SizeCappedFolder folder = new SizeCappedFolder(dir, ".bin", 50);
        Path other = entry("other.bin", 1);
        Path written = entry("big.bin", 2);

        folder.added(written);

        assertThat(written).exists();
        assertThat(other).doesNotExist();
    }

    @Test
    void theFolderIsCountedOnceAndThenARunningTotalIsKeptUntilTheLimitIsReached() throws IOException {
        SizeCappedFolder folder = new SizeCappedFolder(dir, ".bin", 1000);
        entry("a.bin", 3);
        assertThat(folder.total()).as("nothing counted before the first write").isEqualTo(-1);

        folder.added(entry("b.bin", 2));
        assertThat(folder.total()).isEqualTo(200);
        Files.write(dir.resolve("unseen.bin"), new byte[100]); // written by another process: not in the running total
        folder.added(entry("c.bin", 1));

        assertThat(folder.total()).isEqualTo(300);
        assertThat(names()).isEqualTo(4);
    }

    @Test
    void hiddenTempFilesAndOtherNamesAreNeitherCountedNorDeleted() throws IOException {
        SizeCappedFolder folder = new SizeCappedFolder(dir, ".bin", 100);
        Path partial = entry(".x.bin.123.part", 9);
        Path tempNamedLikeAnEntry = entry(".y.bin", 9);
        Path index = entry("index.jsonl", 9);

        folder.added(entry("only.bin", 0));

        assertThat(folder.total()).isEqualTo(100);
        assertThat(partial).exists();
        assertThat(tempNamedLikeAnEntry).exists();
        assertThat(index).exists();
    }

    @Test
    void aLimitIsReadInMebibytesAndANonsenseValueIsRefusedWithTheVariableNamed() {
        assertThat(SizeCappedFolder.limit("X_MB", " 3 ", 2048)).isEqualTo(3L << 20);
        assertThat(SizeCappedFolder.limit("X_MB", null, 2048)).isEqualTo(2048L << 20);
        assertThatThrownBy(() -> SizeCappedFolder.limit("X_MB", "lots", 2048))
                .hasMessage("X_MB must be a positive number of MiB, not \"lots\"");
        assertThatThrownBy(() -> SizeCappedFolder.limit("X_MB", "0", 2048)).hasMessageContaining("positive");
    }

    @Test
    void aLimitThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> new SizeCappedFolder(dir, ".bin", 0)).hasMessageContaining("must be positive");
    }
}
