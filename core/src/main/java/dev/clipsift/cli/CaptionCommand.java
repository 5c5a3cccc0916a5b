package dev.clipsift.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.caption.CaptionConfig;
import dev.clipsift.caption.CaptionPlan;
import dev.clipsift.io.Json;
import dev.clipsift.model.Captions;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.run.Refilter;
import dev.clipsift.run.RunConfig;
import dev.clipsift.run.RunFolder;
import dev.clipsift.source.S3Location;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(
        name = "caption",
        description = {
            "Caption an existing run's clips again, as a new version: the run's saved captioning settings with the",
            "--captioning-... flags given laid over them. Earlier versions are kept; nothing is split or encoded",
            "again (the chosen clips' spans are decoded once for their frames). --only or --where choose a subset,",
            "e.g. the clips a reviewer flagged. --dry-run prints what it would send, without sending anything.",
            "Exit code: 0 all fine, 2 some clips failed, 1 usage or internal error."
        })
final class CaptionCommand extends ChangedRunCommand {
    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Option(
            names = "--version",
            paramLabel = "vN",
            description = "The version to make (default: the one after the newest in the run; v0 when there is none).")
    String version;

    @Option(names = "--only", split = ",", paramLabel = "CLIP", description = "Caption only these clip ids.")
    List<String> only;

    @Option(
            names = "--where",
            paramLabel = "EXPR",
            description = "Caption only the clips this matches: FIELD OP VALUE joined by 'and', over status, caption"
                    + " (ok, failed, pending, none), id and any score, e.g. \"status = ok and quality < 5\".")
    String where;

    @Option(names = "--dry-run", description = "Print the requests, images and estimated prompt tokens, and stop.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        if (only != null && where != null) {
            throw new ParameterException(spec.commandLine(), "give --only or --where, not both");
        }
        boolean local = !S3Location.isS3(output);
        if (version == null && !local) {
            throw new ParameterException(spec.commandLine(), "give --version for a run in S3");
        }
        if (dryRun && !local) {
            throw new ParameterException(spec.commandLine(), "--dry-run reads a local run folder");
        }
        List<ClipRecord> clips = local ? records(Path.of(output)) : List.of();
        if (version == null) {
            version = Captions.next(clips);
        }
        if (!dryRun) {
            return super.call();
        }
        CaptionConfig c = (CaptionConfig) overlay(Refilter.saved(Path.of(output), session.families()))
                .families()
                .get("captioning");
        CaptionPlan p = CaptionPlan.of(c, clips);
        spec.commandLine()
                .getOut()
                .printf(
                        Locale.ROOT,
                        "caption %s with %s: %d clips, %d requests, %d images, about %d prompt tokens%n",
                        c.version(),
                        c.model(),
                        p.clips(),
                        p.requests(),
                        p.images(),
                        p.promptTokens());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** The saved settings with captioning on as this version, for the chosen clips, and the flags given. */
    @Override
    RunConfig overlay(RunConfig saved) {
        ObjectNode policy = Json.mapper().createObjectNode();
        ObjectNode c = policy.putObject("captioning");
        c.put("enabled", true);
        c.put("version", version);
        c.putNull("only");
        c.putNull("where");
        if (only != null) {
            only.forEach(c.putArray("only")::add);
        }
        if (where != null) {
            c.put("where", where);
        }
        return FamilyFlags.overlay(spec, saved, session.families(), policy);
    }

    private static List<ClipRecord> records(Path root) throws IOException {
        RunFolder folder = new RunFolder(root);
        List<ClipRecord> all = new ArrayList<>();
        for (String id : folder.recordedClipIds()) {
            all.add(folder.readClipRecord(id));
        }
        return all;
    }
}
