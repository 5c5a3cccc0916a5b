package dev.clipsift.cli;

import dev.clipsift.io.Json;
import dev.clipsift.sample.SampleFile;
import dev.clipsift.sample.Sampler;
import dev.clipsift.source.LocalLister;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {
            "Draw a seeded, stable random sample of the videos under DIR and save it as a sample file.",
            "The same DIR, --nsamples and --seed always give the same files; the app and other commands reopen the file as-is."})
final class SampleCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "Folder to sample from (listed recursively).")
    Path dir;

    @Option(names = "--nsamples", paramLabel = "N", defaultValue = "100", description = "How many videos (default: ${DEFAULT-VALUE}).")
    int nsamples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to save the sample (JSON). Without it, the JSON goes to stdout.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (nsamples < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--nsamples must be 0 or more");
        }
        LocalLister lister = new LocalLister(w -> err.println("warning: " + w));
        SampleFile sample = Sampler.draw(dir.toString(), lister.list(dir), nsamples, seed);
        if (sample.totalListed() == 0) {
            err.println("warning: no video files found under " + dir);
        } else if (sample.totalListed() < nsamples) {
            err.println("warning: only " + sample.totalListed() + " videos found, sampling all of them");
        }
        if (out != null) {
            sample.save(out);
            err.println("sampled " + sample.files().size() + " of " + sample.totalListed() + " videos (seed " + seed + ") -> " + out);
        } else {
            spec.commandLine().getOut().println(Json.write(sample));
        }
        return ExitCodes.OK;
    }
}
