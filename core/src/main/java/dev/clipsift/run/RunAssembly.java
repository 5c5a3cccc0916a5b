package dev.clipsift.run;

import dev.clipsift.engine.ClipFilter;
import dev.clipsift.engine.ClipItem;
import dev.clipsift.engine.ClipStage;
import dev.clipsift.engine.FamilyRegistry;
import dev.clipsift.engine.FilterPolicy;
import dev.clipsift.engine.RunPass;
import dev.clipsift.engine.StageFamily;
import dev.clipsift.model.InputRecord;
import dev.clipsift.pipeline.Pipeline;
import dev.clipsift.source.Source;
import dev.clipsift.source.SourceItem;
import dev.clipsift.split.ShotSplitters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The stages a run config makes, outside the probe stage (which needs the open source): split, spans, the
 * shared decode, every registered family's clip stages in registry order, records; the families' passes over
 * the whole run (after the pipeline); their per-clip completion marks, the artifacts they write, the pipeline
 * and its description for the manifest.
 */
final class RunAssembly {
    final SplitStage split;
    final SpanStage spans;
    final TranscodeStage transcode;
    final List<ClipStage> families = new ArrayList<>();
    final List<RunPass> passes = new ArrayList<>();
    final RecordStage records;
    final FilterPolicy policy;

    private final RunConfig config;
    private final RunFolder folder;
    private final Consumer<String> warnings;

    RunAssembly(RunConfig config, RunFolder folder, RunOptions options, Consumer<String> warnings) {
        this.config = config;
        this.folder = folder;
        this.warnings = warnings;
        for (StageFamily<?> f : options.families().families()) {
            families.addAll(stagesOf(f, config.families().get(f.section())));
            passes.addAll(passesOf(f, config.families().get(f.section())));
        }
        split = new SplitStage(ShotSplitters.create(config.splitting()));
        spans = new SpanStage(config, folder, options.retryFailed());
        transcode = new TranscodeStage(config.transcode(), folder, families);
        policy = policy(config, options.families());
        records = new RecordStage(folder, marks(), families, policy);
    }

    /** The probe stage over the open {@code source}, with the run's provenance and licence rule. */
    ProbeStage probe(Source source, ResumePlan plan) {
        return new ProbeStage(source, folder, plan, config);
    }

    private static <C> List<ClipStage> stagesOf(StageFamily<C> family, Object section) {
        return family.stages(sectionOf(family, section));
    }

    private static <C> List<RunPass> passesOf(StageFamily<C> family, Object section) {
        return family.passes(sectionOf(family, section));
    }

    /** The family's section in a config, or its defaults when the config has none. */
    private static <C> C sectionOf(StageFamily<C> family, Object section) {
        return section == null ? family.defaults() : family.configType().cast(section);
    }

    /** The filters of every family in {@code config}, in registry order. */
    static FilterPolicy policy(RunConfig config, FamilyRegistry registry) {
        List<ClipFilter> filters = new ArrayList<>();
        for (StageFamily<?> f : registry.families()) {
            filters.addAll(filtersOf(f, config.families().get(f.section())));
        }
        return new FilterPolicy(filters);
    }

    private static <C> List<ClipFilter> filtersOf(StageFamily<C> family, Object section) {
        return family.filters(sectionOf(family, section));
    }

    Map<String, String> marks() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(transcode.name(), transcode.fingerprint());
        families.forEach(s -> m.put(s.name(), s.fingerprint()));
        return m;
    }

    List<String> artifacts() {
        List<String> a = new ArrayList<>(transcode.artifacts());
        families.forEach(s -> a.addAll(s.artifacts()));
        return a;
    }

    Pipeline<SourceItem, InputRecord> pipeline(ProbeStage probe, RunUploads uploads) {
        Pipeline<SourceItem, ClipItem> p =
                Pipeline.of(probe).then(split).then(spans).then(transcode);
        for (ClipStage s : families) {
            p = p.then(s);
        }
        Pipeline<SourceItem, InputRecord> done = p.then(records);
        return uploads != null ? done.then(new UploadStage(uploads, warnings)) : done;
    }

    void validate() throws Exception {
        split.validate();
        transcode.validate();
        for (ClipStage s : families) {
            s.validate();
        }
        for (RunPass p : passes) {
            p.validate();
        }
    }

    List<Map<String, Object>> describe() {
        List<Map<String, Object>> stages = new ArrayList<>();
        for (Map<String, Object> s : pipeline(probe(null, null), null).describe()) {
            Map<String, Object> m = new LinkedHashMap<>(s);
            String mark = marks().get(String.valueOf(s.get("name")));
            if (mark != null) {
                m.put("fingerprint", mark);
            }
            stages.add(m);
        }
        for (RunPass p : passes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("pass", true);
            m.put("params", new TreeMap<>(p.describe()));
            stages.add(m);
        }
        return stages;
    }
}
