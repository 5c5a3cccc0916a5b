package dev.clipsift.cli;

import dev.clipsift.probe.ProbeCache;
import dev.clipsift.probe.ProbeService;
import dev.clipsift.source.Backoff;
import dev.clipsift.source.ReadMode;
import dev.clipsift.source.Source;
import dev.clipsift.source.SourceException;
import dev.clipsift.source.SourceProber;
import dev.clipsift.source.Sources;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "probe",
        mixinStandardHelpOptions = true,
        description = {
            "Read each video's container and stream metadata in-process (no ffprobe).",
            "PATH: a video file or folder (recursive, video extensions, no hidden files),",
            "s3://BUCKET/PREFIX (a prefix or one object), an http(s) URL (e.g. presigned)",
            "urls:FILE (one URL per line, # comments), hf://datasets/OWNER/NAME[/PATH],",
            "rclone:REMOTE:PATH (a remote of your rclone config), ytdlp:URL or ytdlp:FILE",
            "(web pages' videos through yt-dlp; FILE: one page URL or info .json a line).",
            "Remote videos are shown as s3://bucket/key, hf://... or their URL without",
            "credentials. A bad item fails alone.",
            "Exit code: 0 all fine, 2 some files are not playable videos, 1 usage/internal."
        })
final class ProbeCommand implements Callable<Integer> {
    @Parameters(
            arity = "1..*",
            paramLabel = "PATH",
            description =
                    "Video files, folders, s3:// prefixes, URLs, urls:FILE lists, hf:// datasets, rclone: remotes or ytdlp: pages.")
    List<String> paths;

    @Option(names = "--json", description = "Print a JSON array, one object per file, instead of a table.")
    boolean json;

    @Option(
            names = "--remote-read",
            paramLabel = "MODE",
            defaultValue = "range",
            description =
                    "How remote videos are read: range (FFmpeg reads only the headers, by ranged GETs; default) or download (whole file into the download cache first).")
    ReadMode remoteRead;

    @Option(names = "--no-cache", description = "Probe every file again instead of reusing cached results.")
    boolean noCache;

    @Mixin
    SharedOptions.All shared;

    @Mixin
    S3Options s3Options;

    @Mixin
    ToolOptions tools;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long[] counts = new long[2];
        String listingError = null;
        AtomicBoolean cancelled = new AtomicBoolean();
        try (Interrupts.OnShutdown onCtrlC = Interrupts.cancelOnShutdown(() -> cancelled.set(true));
                Sources sources = new Sources(
                        s3Options.settings(),
                        tools.settings(),
                        shared.cacheDir.downloads(),
                        w -> err.println("warning: " + w));
                ProbeCache cache =
                        noCache ? null : ProbeCache.open(shared.cacheDir.get().resolve("probe-cache.jsonl"));
                Progress progress = new Progress("probing", 0, !shared.quiet.get());
                RecordPrinter printer = json ? RecordPrinter.json(out) : RecordPrinter.table(out)) {
            List<Source> opened = paths.stream().map(sources::open).toList();
            ProbeService service =
                    new ProbeService(cache, shared.threads.get(opened.stream().anyMatch(Source::remote)));
            SourceProber prober = new SourceProber(service, cache, remoteRead, Backoff.standard());
            prober.probeAll(
                    opened,
                    r -> {
                        counts[0]++;
                        if (!r.ok()) {
                            counts[1]++;
                        }
                        printer.print(r);
                        progress.step(r.ok());
                    },
                    cancelled);
        } catch (SourceException e) {
            listingError = e.getMessage();
        }
        out.flush();
        if (listingError != null) {
            err.println("clipsift: " + listingError);
            return ExitCodes.USAGE_OR_INTERNAL;
        }
        long failed = counts[1];
        if (counts[0] == 0) {
            err.println("warning: no video files found");
        } else if (failed > 0) {
            err.println(failed + " of " + counts[0] + " files could not be read as videos");
        }
        return failed > 0 ? ExitCodes.SOME_ITEMS_FAILED : ExitCodes.OK;
    }
}
