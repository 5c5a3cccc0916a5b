package dev.clipsift.cli;

import dev.clipsift.io.Json;
import dev.clipsift.probe.ProbeCache;
import dev.clipsift.sample.SampleFile;
import dev.clipsift.sample.Sampler;
import dev.clipsift.source.Source;
import dev.clipsift.source.SourceItem;
import dev.clipsift.source.Sources;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "sample",
        mixinStandardHelpOptions = true,
        description = {
            "Draw a seeded, stable random sample of the videos under SOURCE and save it.",
            "SOURCE: a folder (recursive), s3://BUCKET/PREFIX, an http(s) URL, urls:FILE, hf://datasets/OWNER/NAME,",
            "rclone:REMOTE:PATH or ytdlp:URL / ytdlp:FILE.",
            "The same SOURCE, --nsamples and --seed always give the same files; the app and",
            "other commands reopen the sample file as-is."
        })
final class SampleCommand implements Callable<Integer> {
    @Parameters(
            index = "0",
            paramLabel = "SOURCE",
            description =
                    "Folder, s3:// prefix, URL, urls:FILE, hf:// dataset, rclone: remote or ytdlp: pages to sample from.")
    String source;

    @Option(
            names = "--nsamples",
            paramLabel = "N",
            defaultValue = "100",
            description = "How many videos (default: ${DEFAULT-VALUE}).")
    int nsamples;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "42",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Where to save the sample (JSON). Without it, the JSON goes to stdout.")
    Path out;

    @Option(
            names = "--license",
            paramLabel = "TEXT",
            description = "Licence of the source's videos, recorded in the sample file (e.g. CC-BY-4.0).")
    String license;

    @Option(
            names = "--provenance",
            paramLabel = "TEXT",
            description = "Where the videos come from, recorded in the sample file (e.g. a URL or a note).")
    String provenance;

    @Mixin
    S3Options s3Options;

    @Mixin
    ToolOptions tools;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (nsamples < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--nsamples must be 0 or more");
        }
        SampleFile sample;
        try (Sources sources = new Sources(
                        s3Options.settings(),
                        tools.settings(),
                        ProbeCache.defaultDir().resolve("downloads"),
                        w -> err.println("warning: " + w));
                Source src = sources.open(source);
                Stream<SourceItem> items = src.list()) {
            sample = Sampler.drawFrom(src.spec(), items.map(SourceItem::path), nsamples, seed)
                    .withProvenance(license, provenance);
        }
        if (sample.totalListed() == 0) {
            err.println("warning: no video files found under " + sample.source());
        } else if (sample.totalListed() < nsamples) {
            err.println("warning: only " + sample.totalListed() + " videos found, sampling all of them");
        }
        if (out != null) {
            sample.save(out);
            err.println("sampled " + sample.files().size() + " of " + sample.totalListed() + " videos (seed " + seed
                    + ") -> " + out);
        } else {
            spec.commandLine().getOut().println(Json.write(sample));
        }
        return ExitCodes.OK;
    }
}
