package dev.clipsift.cli;

import dev.clipsift.probe.ProbeCache;
import dev.clipsift.probe.ProbeService;
import dev.clipsift.source.LocalLister;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "probe", mixinStandardHelpOptions = true,
        description = {
            "Read each video's container and stream metadata in-process (no ffprobe).",
            "Folders are listed recursively (video extensions only, hidden files skipped).",
            "Exit code: 0 all files probed fine, 2 some files are not playable videos, 1 usage or internal error."})
final class ProbeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Video files or folders.")
    List<Path> paths;

    @Option(names = "--json", description = "Print a JSON array, one object per file, instead of a table.")
    boolean json;

    @Mixin
    ProbeOptions probeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalLister lister = new LocalLister(w -> err.println("warning: " + w));
        long[] counts = new long[2];
        try (ProbeCache cache = probeOptions.openCache();
                Progress progress = new Progress("probing", 0, !probeOptions.quiet);
                RecordPrinter printer = json ? RecordPrinter.json(out) : RecordPrinter.table(out)) {
            ProbeService service = new ProbeService(cache, probeOptions.threads());
            Stream<Path> files = paths.stream().flatMap(lister::list);
            service.probeAll(files, r -> {
                counts[0]++;
                if (!r.ok()) {
                    counts[1]++;
                }
                printer.print(r);
                progress.step(r.ok());
            }, new AtomicBoolean());
        }
        out.flush();
        long failed = counts[1];
        if (counts[0] == 0) {
            err.println("warning: no video files found");
        } else if (failed > 0) {
            err.println(failed + " of " + counts[0] + " files could not be read as videos");
        }
        return failed > 0 ? ExitCodes.SOME_ITEMS_FAILED : ExitCodes.OK;
    }
}
