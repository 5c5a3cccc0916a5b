package dev.clipsift.run;

import dev.clipsift.engine.RunPass;
import dev.clipsift.pipeline.MachineFault;
import dev.clipsift.pipeline.RunListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs the families' {@link RunPass}es over a run folder after the pipeline, in registry order, and collects
 * what each did for {@code summary.json}. With a remote output, the clip records a pass rewrote and the files it
 * wrote are uploaded after it.
 */
final class RunPasses {
    private RunPasses() {}

    /** What the passes did: each pass's summary by name, and the clips whose records they rewrote. */
    record Done(Map<String, Map<String, Object>> summaries, Set<String> changedClips) {}

    /** The end of a run: the filter pass that counts its statuses last, and what each pass did. */
    record Ended(RunFiltering.Pass filtered, Map<String, Map<String, Object>> summaries) {}

    /**
     * After the run's filter pass {@code filtered}: the passes of {@code assembly}, then, when they rewrote any
     * record (dedup changes statuses), the filter pass again, so the filters decide anew on clips a pass gave
     * back and the videos' counts follow (uploaded again for a remote output). A full disk or an I/O error stops
     * the run for a resume ({@link RunStopped}), as anywhere else.
     */
    static Ended endOfRun(
            RunFiltering.Pass filtered,
            RunAssembly assembly,
            RunFolder folder,
            @Nullable RunUploads uploads,
            BooleanSupplier cancelled,
            RunListener listener,
            String output)
            throws IOException {
        Done done;
        try {
            done = run(assembly.passes, folder, uploads, cancelled, listener);
        } catch (CancellationException e) {
            throw new CancellationException("run cancelled; continue it with 'clipsift resume " + output + "'");
        } catch (IOException e) {
            MachineFault fault = MachineFault.of(e, output);
            if (fault != null) {
                throw new RunStopped(fault, output);
            }
            throw e;
        }
        if (done.changedClips().isEmpty()) {
            return new Ended(filtered, done.summaries());
        }
        RunFiltering.Pass again = RunFiltering.endOfRun(folder, assembly.policy, true, output);
        if (uploads != null) {
            uploads.pushVideosOf(done.changedClips());
        }
        return new Ended(again, done.summaries());
    }

    private static Done run(
            List<RunPass> passes,
            RunFolder folder,
            @Nullable RunUploads uploads,
            BooleanSupplier cancelled,
            RunListener listener)
            throws IOException {
        Map<String, Map<String, Object>> summaries = new LinkedHashMap<>();
        Set<String> changed = new LinkedHashSet<>();
        for (RunPass pass : passes) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            FolderRecords records = new FolderRecords(folder, uploads, pass.name(), cancelled, listener);
            Map<String, Object> summary;
            try {
                summary = pass.run(records);
            } catch (CancellationException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException("the " + pass.name() + " pass failed: " + e.getMessage(), e);
            }
            summaries.put(pass.name(), summary == null ? Map.of() : summary);
            changed.addAll(records.changedClips());
            if (uploads != null) {
                for (String clip : records.changedClips()) {
                    uploads.put(folder.clipRecord(clip));
                }
                for (Path file : records.files()) {
                    if (Files.isRegularFile(file)) {
                        uploads.put(file);
                    }
                }
            }
        }
        return new Done(summaries, changed);
    }
}
