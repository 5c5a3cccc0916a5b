package dev.clipsift.embed;

import dev.clipsift.engine.RunPass;
import dev.clipsift.engine.RunRecords;
import dev.clipsift.model.ClipRecord;
import dev.clipsift.model.EmbeddingRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * The {@code embeddings} pass: packs every pending vector of the run (of this session, or of one that stopped
 * before its pass) into one new part file per model, then points each clip's record at its row. A clip whose
 * record still says pending after a crash is packed by the next run: nothing is lost, at worst a part holds
 * rows no record points to.
 */
final class PackPass implements RunPass {
    @Override
    public String name() {
        return "embeddings";
    }

    @Override
    public Map<String, Object> describe() {
        return Map.of("dtype", EmbeddingParts.DTYPE, "layout", "embeddings/<model>/<part>.f16 + <part>.json");
    }

    @Override
    public Map<String, Object> run(RunRecords run) throws Exception {
        Map<String, List<ClipRecord>> pending = new LinkedHashMap<>();
        int embedded = 0;
        List<String> ids = run.clipIds();
        for (String id : ids) {
            if (run.cancelled()) {
                throw new CancellationException();
            }
            ClipRecord c = run.clip(id);
            EmbeddingRef e = c.embedding();
            if (e != null) {
                embedded++;
                if (e.pending() != null) {
                    pending.computeIfAbsent(e.model() + "/" + e.dim(), k -> new ArrayList<>())
                            .add(c);
                }
            }
        }
        List<String> parts = new ArrayList<>();
        int done = 0;
        int total = pending.values().stream().mapToInt(List::size).sum();
        for (List<ClipRecord> clips : pending.values()) {
            EmbeddingRef first = clips.get(0).embedding();
            int dim = first.dim();
            float[] rows = EmbeddingParts.load(
                    run.root(), clips.stream().map(ClipRecord::embedding).toList(), dim);
            List<String> rowIds = clips.stream().map(ClipRecord::id).toList();
            String file = EmbeddingParts.write(run, first.model(), dim, rowIds, null, rows);
            parts.add(file);
            for (int i = 0; i < clips.size(); i++) {
                if (run.cancelled()) {
                    throw new CancellationException();
                }
                run.write(clips.get(i).withEmbedding(new EmbeddingRef(first.model(), dim, file, i)));
                run.progress(++done, total);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("clips_embedded", embedded);
        out.put("packed", total);
        out.put("parts_written", parts);
        return out;
    }
}
