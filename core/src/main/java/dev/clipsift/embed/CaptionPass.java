package dev.clipsift.embed;

import dev.clipsift.engine.RunPass;
import dev.clipsift.engine.RunRecords;
import dev.clipsift.model.Caption;
import dev.clipsift.model.ClipRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;

/**
 * The {@code caption_embeddings} pass: embeds each clip's newest caption in state {@code ok} with
 * {@link MiniLm}, for caption search. A clip record has one embedding slot (its picture's), so caption vectors
 * are found through their parts' indexes ({@code embeddings/all-minilm-l6-v2-q/<part>.json}: clip and caption
 * version of each row); a caption version already embedded is not embedded again, and the model loads only when
 * there is something to embed.
 */
final class CaptionPass implements RunPass {
    @Override
    public String name() {
        return "caption_embeddings";
    }

    @Override
    public Map<String, Object> describe() {
        return Map.of("model", MiniLm.MODEL, "dim", MiniLm.DIM, "text", "the newest caption version in state ok");
    }

    @Override
    public Map<String, Object> run(RunRecords run) throws Exception {
        Map<String, String> done = embedded(run);
        List<String> ids = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int captioned = 0;
        for (String id : run.clipIds()) {
            checkCancelled(run);
            Caption c = newest(run.clip(id));
            if (c != null) {
                captioned++;
                if (!c.version().equals(done.get(id))) {
                    ids.add(id);
                    versions.add(c.version());
                    texts.add(c.text());
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("captioned", captioned);
        out.put("embedded", ids.size());
        if (!ids.isEmpty()) {
            float[] rows = new float[ids.size() * MiniLm.DIM];
            try (MiniLm model = new MiniLm()) {
                for (int i = 0; i < texts.size(); i++) {
                    checkCancelled(run);
                    System.arraycopy(model.embed(texts.get(i)), 0, rows, i * MiniLm.DIM, MiniLm.DIM);
                    run.progress(i + 1, texts.size());
                }
            }
            out.put("part", EmbeddingParts.write(run, MiniLm.MODEL, MiniLm.DIM, ids, versions, rows));
        }
        return out;
    }

    /** The clip's newest caption in state ok with a text, or null. */
    static @Nullable Caption newest(ClipRecord clip) {
        Caption found = null;
        if (clip.captions() != null) {
            for (Caption c : clip.captions().versions()) {
                if (c.state() == Caption.State.OK && c.text() != null) {
                    found = c;
                }
            }
        }
        return found;
    }

    /** Each clip's caption version embedded in the newest part that has it. */
    private static Map<String, String> embedded(RunRecords run) throws Exception {
        Map<String, String> m = new HashMap<>();
        for (String part : EmbeddingParts.parts(run.root(), MiniLm.MODEL)) {
            EmbeddingParts.Index index = EmbeddingParts.index(run.root(), part);
            for (int i = 0; i < index.rows(); i++) {
                m.put(index.clipIds().get(i), index.versions().get(i));
            }
        }
        return m;
    }

    private static void checkCancelled(RunRecords run) {
        if (run.cancelled()) {
            throw new CancellationException();
        }
    }
}
