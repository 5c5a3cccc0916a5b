package dev.clipsift.cli;

import dev.clipsift.review.ReviewReport;
import dev.clipsift.review.ReviewRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clipsift review}: a reviewed run's export and report, headless (the journal is the workbench's). */
@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        description = {
            "What a review of a run (its journal, review/journal.jsonl, written by the workbench) makes of it:",
            "'export' writes the kept clips (after the reviewers' overrides) with their reviewed captions as",
            "WebDataset shards and manifest.parquet, 'report' counts kept and rejected clips by reason, overrides,",
            "caption edits and reviewers."
        },
        subcommands = {ReviewCommand.Export.class, ReviewCommand.Report.class})
final class ReviewCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** Opens the run, warns about a torn journal line on stderr. */
    static ReviewRun open(CommandSpec spec, Path run) throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        return ReviewRun.open(run, ReviewRun.defaultAuthor(), w -> err.println("warning: " + w));
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = {
                "Write the kept clips of a reviewed run, with their reviewed captions, through the shard pass",
                "(tars, manifest.parquet, index.json) and the review report (review-report.json and .md) beside",
                "them. The run's own records are left as they are."
            })
    static final class Export implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "RUN", description = "The run's local output folder.")
        Path run;

        @Option(
                names = "--to",
                paramLabel = "DIR",
                description = "Where the export goes (default: review/export in the run folder).")
        Path to;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (ReviewRun review = open(spec, run)) {
                Map<String, Object> s = review.export(to);
                spec.commandLine()
                        .getOut()
                        .printf(
                                "%s samples in %s shards, %s skipped -> %s (report: %s)%n",
                                s.get("samples"), s.get("shards"), s.get("skipped"), s.get("output"), s.get("report"));
            }
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "report",
            mixinStandardHelpOptions = true,
            description = {
                "Write the review report of a run (review/report.json and review/report.md) and print the",
                "Markdown."
            })
    static final class Report implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "RUN", description = "The run's local output folder.")
        Path run;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (ReviewRun review = open(spec, run)) {
                ReviewReport r = review.report();
                r.write(run.resolve("review"), "report");
                spec.commandLine().getOut().print(r.markdown());
                spec.commandLine().getOut().flush();
            }
            return ExitCodes.OK;
        }
    }
}
