package dev.clipsift.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clipsift.cli.RunArguments;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The application's flags (those of clipsift run), how tasks map onto the run's resources, how videos are grouped. */
class JobSettingsTest {
    @Test
    void takesTheFlagsOfRunButNotShard() {
        StringWriter help = new StringWriter();
        assertThat(RunArguments.parse(new PrintWriter(help, true), "--help")).isNull();
        assertThat(help.toString()).contains("--splitting-algorithm", "--embeddings", "--dedup-n-clusters");

        assertThatThrownBy(() -> RunArguments.parse(
                        new PrintWriter(new StringWriter()), "--input", "in", "--output", "out", "--shard", "0/2"))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("--shard");
        assertThatThrownBy(() -> RunArguments.parse(new PrintWriter(new StringWriter()), "--input", "in"))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("--output");
    }

    @Test
    void aTaskRunsWithItsCpusAsThreadsAndOnTheGpusSparkAssignedIt() {
        // GPUs 2 and 3 of the node: the stages open cuda:2 and cuda:3, not cuda:0 and cuda:1 (another task's)
        assertThat(TaskResources.of(4, new String[] {"2", "3"}, null)).isEqualTo(new TaskResources(4, List.of(2, 3)));
        // an executor that CUDA_VISIBLE_DEVICES limits to 2 and 3 numbers them 0 and 1
        assertThat(TaskResources.of(4, new String[] {"3"}, "2,3")).isEqualTo(new TaskResources(4, List.of(1)));
        assertThatThrownBy(() -> TaskResources.of(1, new String[] {"1"}, "2,3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GPU 1 was assigned, but CUDA_VISIBLE_DEVICES=2,3 does not show it");
        // no GPU resource: the run's own rule (--gpus, CLIPSIFT_GPUS, the machine's GPUs)
        assertThat(TaskResources.of(0, null, "0")).isEqualTo(new TaskResources(1, null));
    }

    @Test
    void videosAreCutIntoConsecutiveGroups() {
        List<VideoGroup> groups = VideoGroup.of(List.of("a", "b", "c", "d", "e"), List.of("A", "B", "C", "D", "E"), 2);

        assertThat(groups)
                .extracting(VideoGroup::ids)
                .containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e"));
        assertThat(groups).extracting(VideoGroup::index).containsExactly(0, 1, 2);
        assertThat(groups.get(2).shown()).containsExactly("E");
    }
}
