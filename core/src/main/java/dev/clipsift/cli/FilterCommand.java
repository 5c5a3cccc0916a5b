package dev.clipsift.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clipsift.engine.FamilyRegistry;
import dev.clipsift.engine.FilterTally;
import dev.clipsift.io.Json;
import dev.clipsift.run.Refilter;
import dev.clipsift.run.RunConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "filter",
        mixinStandardHelpOptions = true,
        description = {
            "Re-apply filter modes and thresholds to a run's scores, without decoding anything.",
            "Clips an enabled filter rejects get status 'filtered' with the reasons; clips that now pass get 'ok' back.",
            "Nothing is deleted. The run's config.json and summary.json follow the new policy.",
            "Give the new policy as flags (--motion-filter enable --motion-global-mean-threshold 0.002 ...)",
            "and/or as --policy FILE: a JSON object of family sections, e.g. {\"motion\": {\"filter\": \"enable\"}}."
        })
final class FilterCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RUN", description = "The run's (local) output folder.")
    Path run;

    @Option(
            names = "--policy",
            paramLabel = "FILE",
            description = "JSON object of family sections laid over the run's (flags go on top).")
    Path policy;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        FamilyRegistry registry = FamilyRegistry.discover();
        JsonNode given = policy != null ? Json.mapper().readTree(policy.toFile()) : null;
        RunConfig config = FamilyFlags.overlay(spec, Refilter.saved(run, registry), registry, given);
        Refilter.Report r = Refilter.apply(run, config, registry);
        PrintWriter out = spec.commandLine().getOut();
        printFilters(out, r.filters());
        out.printf(
                Locale.ROOT,
                "%d clips of %d videos: %d changed status, in %.3f s%n",
                r.clips(),
                r.videos(),
                r.changed(),
                r.seconds());
        r.notes().forEach(n -> spec.commandLine().getErr().println("note: " + n));
        out.flush();
        return ExitCodes.OK;
    }

    /** One line per filter: its mode and counts. */
    static void printFilters(PrintWriter out, Map<String, FilterTally.Counts> filters) {
        if (filters.isEmpty()) {
            out.println("no filters: every scorer is disabled");
        }
        filters.forEach((name, c) -> out.printf(
                Locale.ROOT,
                "%-10s %-10s %6d scored %6d passed %6d rejected%s%n",
                name,
                c.mode(),
                c.scored(),
                c.passed(),
                c.rejected(),
                c.unscored() > 0 ? "  (" + c.unscored() + " not scored)" : ""));
    }
}
