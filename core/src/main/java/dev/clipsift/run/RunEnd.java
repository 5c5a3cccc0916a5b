package dev.clipsift.run;

import dev.clipsift.io.Json;
import dev.clipsift.pipeline.RunListener;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * How a session ends once its pipeline is done. A whole run: the filter pass, the families' passes over every
 * video ({@link RunPasses#endOfRun}), {@code summary.json}; a part of a split run ({@link VideoSelection}): the
 * filter pass over its own videos and {@code partitions/<part>.json} only, the global passes being left to
 * {@link RunSummarizer}. With a remote output, the finished videos and then that file are uploaded.
 */
final class RunEnd {
    private RunEnd() {}

    /** The end of a whole run (also what {@link RunSummarizer} does once every part is done). */
    static RunSummary whole(
            RunAssembly assembly,
            RunFolder folder,
            @Nullable RunUploads uploads,
            BooleanSupplier cancelled,
            RunListener listener,
            String output,
            String runId,
            RunConfig config,
            RunSummary.Session session)
            throws IOException {
        RunPasses.Ended ended = RunPasses.endOfRun(
                RunFiltering.endOfRun(folder, assembly.policy, uploads == null, output),
                assembly,
                folder,
                uploads,
                cancelled,
                listener,
                output);
        RunSummary summary = SummaryBuilder.build(ended.filtered(), runId, config, session, ended.summaries());
        Json.writeAtomically(folder.summary(), summary);
        publish(uploads, output, folder);
        if (uploads != null) {
            uploads.putSummary();
        }
        return summary;
    }

    /** The end of the part {@code part} of a split run: its videos' filter pass and its record. */
    static RunSummary part(
            RunAssembly assembly,
            RunFolder folder,
            @Nullable RunUploads uploads,
            VideoSelection part,
            String output,
            String runId,
            RunConfig config,
            RunSummary.Session session)
            throws IOException {
        RunFiltering.Pass pass = RunFiltering.endOfRun(folder, part, assembly.policy, uploads == null, output);
        RunSummary summary = SummaryBuilder.build(pass, runId, config, session, Map.of());
        publish(uploads, output, folder);
        Files.createDirectories(folder.partitions());
        Json.writeAtomically(folder.partitionRecord(part), summary);
        if (uploads != null) {
            uploads.put(folder.partitionRecord(part));
        }
        return summary;
    }

    private static void publish(@Nullable RunUploads uploads, String output, RunFolder folder) throws IOException {
        if (uploads == null) {
            return;
        }
        List<String> failed = uploads.pushPending();
        if (!failed.isEmpty()) {
            throw new IOException(failed.size() + " finished videos could not be uploaded to " + output
                    + " (they are kept in " + folder.root() + "; 'clipsift resume' uploads them): " + failed.get(0));
        }
    }
}
