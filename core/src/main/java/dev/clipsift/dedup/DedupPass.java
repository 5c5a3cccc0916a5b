package dev.clipsift.dedup;

import dev.clipsift.engine.RunPass;
import dev.clipsift.engine.RunRecords;
import dev.clipsift.io.Json;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.Dedup;
import dev.clipsift.model.EmbeddingRef;
import dev.clipsift.model.Schema;
import dev.clipsift.model.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The {@code dedup} pass over the whole run: the clips that are {@code ok} or {@code duplicate} are linked by
 * equal content hashes (exact), perceptual hashes at most {@code perceptual_max_distance} bits apart, the
 * whole picture's of one against the whole picture's or a centre's of the other (near-duplicate) and {@link SemanticPairs} (semantic); each connected group keeps one clip by the
 * {@link KeeperRule} and marks the others {@code duplicate} of it, with the group in their {@code dedup}.
 * Groups are found again from scratch on every run, so a clip no longer in a group is {@code ok} again (the run
 * re-applies its filters afterwards); records are rewritten only where they change. The report goes to
 * {@code dedup/report.json}.
 */
final class DedupPass implements RunPass {
    static final String REPORT = "dedup/report.json";

    private final DedupConfig config;
    private final SemanticSearch search;

    DedupPass(DedupConfig config, SemanticSearch search) {
        this.config = config;
        this.search = search;
    }

    @Override
    public String name() {
        return "dedup";
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("methods", config.methods());
        m.put("perceptual_max_distance", config.perceptualMaxDistance());
        m.put("n_clusters", config.nClusters());
        m.put("max_iter", config.maxIter());
        m.put("seed", config.seed());
        m.put("eps_to_extract", config.epsToExtract());
        m.put("rule", KeeperRule.RULE);
        return m;
    }

    @Override
    public Map<String, Object> run(RunRecords run) throws Exception {
        List<String> ids = run.clipIds();
        List<ClipRecord> clips = new ArrayList<>();
        for (String id : ids) {
            checkCancelled(run);
            ClipRecord c = run.clip(id);
            Status.State s = c.status().state();
            if (s == Status.State.OK || s == Status.State.DUPLICATE) {
                clips.add(c);
            }
        }
        Groups groups = new Groups(clips.size());
        Map<String, Long> pairs = new LinkedHashMap<>();
        if (config.uses("exact")) {
            pairs.put("exact", exact(clips, groups));
        }
        if (config.uses("perceptual")) {
            pairs.put("perceptual", perceptual(clips, groups));
        }
        DedupReport.Semantic semantic = null;
        if (config.uses("semantic")) {
            AtomicLong count = new AtomicLong();
            semantic = semantic(run, clips, groups, count);
            pairs.put("semantic", count.get());
        }
        checkCancelled(run);
        Assigned assigned = assign(run, clips, groups);
        List<DedupReport.Group> found = assigned.groups();
        int duplicates = found.stream().mapToInt(g -> g.size() - 1).sum();
        DedupReport report = new DedupReport(
                Schema.VERSION,
                KeeperRule.RULE,
                describe(),
                clips.size(),
                found.size(),
                duplicates,
                pairs,
                semantic,
                found);
        Json.writeAtomically(run.file(REPORT), report);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("considered", clips.size());
        out.put("groups", found.size());
        out.put("duplicates", duplicates);
        out.put("pairs", pairs);
        out.put("rewritten", assigned.rewritten());
        out.put("report", REPORT);
        return out;
    }

    private static long exact(List<ClipRecord> clips, Groups groups) {
        Map<String, Integer> first = new HashMap<>();
        long pairs = 0;
        for (int i = 0; i < clips.size(); i++) {
            Dedup d = clips.get(i).dedup();
            if (d != null && d.contentHash() != null) {
                Integer j = first.putIfAbsent(d.contentHash(), i);
                if (j != null) {
                    groups.link(j, i, Groups.Method.EXACT);
                    pairs++;
                }
            }
        }
        return pairs;
    }

    /**
     * Pairs of clips whose whole-picture hashes, or the whole-picture hash of one and a centre hash of the other
     * (a copy cropped from the other), are within the distance; each pair of clips counted once.
     */
    private long perceptual(List<ClipRecord> clips, Groups groups) {
        List<Integer> owners = new ArrayList<>();
        List<Boolean> whole = new ArrayList<>();
        List<Long> hashes = new ArrayList<>();
        for (int i = 0; i < clips.size(); i++) {
            Dedup d = clips.get(i).dedup();
            if (d != null && d.perceptualHash() != null) {
                owners.add(i);
                whole.add(true);
                hashes.add(HexFormat.fromHexDigitsToLong(d.perceptualHash()));
                for (String h : d.centreHashes() == null ? List.<String>of() : d.centreHashes()) {
                    owners.add(i);
                    whole.add(false);
                    hashes.add(HexFormat.fromHexDigitsToLong(h));
                }
            }
        }
        Set<Long> linked = new HashSet<>();
        HammingPairs.find(
                hashes.stream().mapToLong(Long::longValue).toArray(), config.perceptualMaxDistance(), (a, b, dist) -> {
                    int p = owners.get(a);
                    int q = owners.get(b);
                    if (p != q
                            && (whole.get(a) || whole.get(b))
                            && linked.add(Math.min(p, q) * (long) clips.size() + Math.max(p, q))) {
                        groups.link(p, q, Groups.Method.PERCEPTUAL);
                    }
                });
        return linked.size();
    }

    /** Semantic pairs among the clips embedded by the run's most common model; null when none is embedded. */
    private DedupReport.@Nullable Semantic semantic(
            RunRecords run, List<ClipRecord> clips, Groups groups, AtomicLong pairs) throws Exception {
        Map<String, Long> models = clips.stream()
                .map(ClipRecord::embedding)
                .filter(e -> e != null)
                .collect(Collectors.groupingBy(e -> e.model() + "\u0000" + e.dim(), Collectors.counting()));
        String top = models.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse(null);
        if (top == null) {
            return null;
        }
        List<Integer> rows = new ArrayList<>();
        List<EmbeddingRef> refs = new ArrayList<>();
        for (int i = 0; i < clips.size(); i++) {
            EmbeddingRef e = clips.get(i).embedding();
            if (e != null && top.equals(e.model() + "\u0000" + e.dim())) {
                rows.add(i);
                refs.add(e);
            }
        }
        int dim = refs.get(0).dim();
        SemanticSearch.Clusters clusters = search.find(run.root(), refs, dim, config, (p, q, cos) -> {
            groups.link(rows.get(p), rows.get(q), Groups.Method.SEMANTIC);
            pairs.incrementAndGet();
        });
        return new DedupReport.Semantic(refs.get(0).model(), dim, refs.size(), clusters.sizes(), clusters.iterations());
    }

    /** The duplicate groups found and how many clip records changed. */
    private record Assigned(List<DedupReport.Group> groups, int rewritten) {}

    /** Keeps one clip per group, marks the rest, rewrites the records that change. */
    private static Assigned assign(RunRecords run, List<ClipRecord> clips, Groups groups) throws Exception {
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < clips.size(); i++) {
            byRoot.computeIfAbsent(groups.root(i), r -> new ArrayList<>()).add(i);
        }
        Map<String, ClipRecord> updated = new LinkedHashMap<>();
        List<DedupReport.Group> found = new ArrayList<>();
        for (List<Integer> members : byRoot.values()) {
            if (members.size() < 2) {
                ClipRecord c = clips.get(members.get(0));
                updated.put(c.id(), marked(c, null, null));
                continue;
            }
            Function<Integer, ClipRecord> clip = clips::get;
            List<Integer> ranked = members.stream()
                    .sorted(Comparator.comparing(clip, KeeperRule.BEST))
                    .toList();
            ClipRecord kept = clips.get(ranked.get(0));
            String why = KeeperRule.why(kept, clips.get(ranked.get(1)));
            List<DedupReport.Member> list = new ArrayList<>();
            for (int i : ranked) {
                ClipRecord c = clips.get(i);
                boolean keeper = c == kept;
                updated.put(c.id(), marked(c, kept.id(), keeper ? null : kept.id()));
                list.add(member(c, keeper, groups.methods(i)));
            }
            found.add(new DedupReport.Group(kept.id(), list.size(), kept.id(), why, list));
        }
        found.sort(Comparator.comparing(DedupReport.Group::group));
        int done = 0;
        int rewritten = 0;
        for (ClipRecord c : clips) {
            checkCancelled(run);
            ClipRecord next = updated.get(c.id());
            if (!next.equals(c)) {
                run.write(next);
                rewritten++;
            }
            run.progress(++done, clips.size());
        }
        return new Assigned(found, rewritten);
    }

    /** {@code c} in {@code group} (null: in none), a duplicate of {@code of} (null: kept or in no group). */
    private static ClipRecord marked(ClipRecord c, @Nullable String group, @Nullable String of) {
        Dedup d = c.dedup() == null ? new Dedup(null, null, null, null, null, null) : c.dedup();
        Dedup next = d.grouped(group, of, group == null ? null : KeeperRule.RULE);
        Status status = of != null ? Status.duplicate(of) : Status.OK;
        boolean empty = next.equals(new Dedup(null, null, null, null, null, null));
        return c.withDedup(empty ? null : next).withStatus(status);
    }

    private static DedupReport.Member member(ClipRecord c, boolean kept, List<String> linkedBy) {
        Integer w = c.media() == null ? null : c.media().width();
        Integer h = c.media() == null ? null : c.media().height();
        Double q = c.scores() == null ? null : c.scores().get("quality");
        return new DedupReport.Member(c.id(), kept, w, h, q, KeeperRule.duration(c), linkedBy);
    }

    private static void checkCancelled(RunRecords run) {
        if (run.cancelled()) {
            throw new CancellationException();
        }
    }
}
