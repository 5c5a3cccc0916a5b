package dev.clipsift.spark;

import dev.clipsift.run.RunFolder;
import dev.clipsift.store.OutputStore;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The records an earlier Spark job left of its tasks ({@code partitions/ids-<hash>.json}, one per group of
 * videos), removed before a job's tasks run: the summary's {@code session} adds up the parts it finds, and it
 * should be this job's, as a resumed run's summary holds its last session, whatever grouping the earlier job
 * had. The parts of {@code --shard} runs ({@code shard-I-of-N}) are left alone.
 */
final class EarlierParts {
    private static final String PREFIX = "ids-";

    private EarlierParts() {}

    /** Removes them from the run folder and, for a remote output, from the store. */
    static void remove(RunFolder folder, @Nullable OutputStore remote) throws IOException {
        if (remote != null) {
            for (String name : remote.names("partitions")) {
                if (isGroupPart(name.substring(name.lastIndexOf('/') + 1))) {
                    remote.delete(name);
                }
            }
        }
        if (Files.isDirectory(folder.partitions())) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder.partitions(), PREFIX + "*.json")) {
                for (Path p : ds) {
                    Files.delete(p);
                }
            }
        }
    }

    private static boolean isGroupPart(String file) {
        return file.startsWith(PREFIX) && file.endsWith(".json");
    }
}
