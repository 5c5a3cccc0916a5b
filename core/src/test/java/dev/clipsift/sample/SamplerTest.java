package dev.clipsift.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.source.LocalLister;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplerTest {
    @TempDir
    Path root;

    @BeforeEach
    void manyFiles() throws IOException {
        for (int i = 0; i < 300; i++) {
            Path p = root.resolve(String.format("dir%02d/video%03d.mp4", i % 17, i));
            Files.createDirectories(p.getParent());
            Files.writeString(p, "x");
        }
    }

    private SampleFile draw(int n, long seed) {
        return Sampler.draw(root.toString(), new LocalLister().list(root), n, seed);
    }

    @Test
    void sameSeedGivesTheSameFilesAndAnIdenticalSampleFile(@TempDir Path out) throws IOException {
        draw(20, 7).save(out.resolve("a.json"));
        draw(20, 7).save(out.resolve("b.json"));
        assertThat(Files.readString(out.resolve("a.json"))).isEqualTo(Files.readString(out.resolve("b.json")));
        assertThat(draw(20, 7).files()).hasSize(20).doesNotHaveDuplicates();
    }

    @Test
    void anotherSeedGivesOtherFiles() {
        assertThat(draw(20, 8).files()).isNotEqualTo(draw(20, 7).files());
    }

    @Test
    void sampleFileReopensAsSaved(@TempDir Path out) throws IOException {
        SampleFile s = draw(12, 99);
        s.save(out.resolve("s.json"));
        assertThat(SampleFile.load(out.resolve("s.json"))).isEqualTo(s);
        assertThat(s.totalListed()).isEqualTo(300);
        assertThat(s.seed()).isEqualTo(99);
        assertThat(s.nsamples()).isEqualTo(12);
    }

    @Test
    void fewerFilesThanAskedGivesThemAll() {
        SampleFile s = draw(1000, 1);
        assertThat(s.files()).hasSize(300);
        assertThat(s.totalListed()).isEqualTo(300);
    }

    @Test
    void reservoirIsUniformEnough() {
        // each of 10 items is drawn by 3-of-10 about 30% of the time over many seeds
        int[] hits = new int[10];
        for (long seed = 0; seed < 3000; seed++) {
            for (int v :
                    Reservoir.sample(IntStream.range(0, 10).iterator(), 3, seed).items()) {
                hits[v]++;
            }
        }
        for (int h : hits) {
            assertThat(h).isBetween(800, 1000);
        }
    }

    @Test
    void resultKeepsTheListingOrder() {
        List<Integer> items =
                Reservoir.sample(IntStream.range(0, 1000).iterator(), 50, 5).items();
        assertThat(items).isSorted();
        assertThat(new HashSet<>(items)).hasSize(50);
    }
}
