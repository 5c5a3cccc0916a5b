package dev.clipsift.embed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clipsift.engine.ClipStage;
import dev.clipsift.engine.FamilyOptions;
import dev.clipsift.engine.RunPass;
import dev.clipsift.engine.StageFamily;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The embeddings family (section {@code embeddings}, order 300): when enabled, the {@code embed} clip stage
 * computes each clip's built-in visual embedding, the {@code embeddings} pass packs the new vectors into a part
 * file and the {@code caption_embeddings} pass embeds the clips' captions (all-MiniLM-L6-v2) for caption search.
 * Off by default.
 */
public final class EmbedFamily implements StageFamily<EmbedConfig> {
    @Override
    public String section() {
        return "embeddings";
    }

    @Override
    public Class<EmbedConfig> configType() {
        return EmbedConfig.class;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public EmbedConfig defaults() {
        return EmbedConfig.defaults();
    }

    @Override
    public List<ClipStage> stages(EmbedConfig config) {
        return config.enabled() ? List.of(new EmbedStage(config)) : List.of();
    }

    @Override
    public List<RunPass> passes(EmbedConfig config) {
        return config.enabled() ? List.of(new PackPass(), new CaptionPass()) : List.of();
    }

    @Override
    public FamilyOptions options() {
        return new Options();
    }

    /** {@code --embeddings}, {@code --embeddings-model}, {@code --embeddings-fps}, {@code --embeddings-max-frames}. */
    public static final class Options implements FamilyOptions {
        @Option(names = "--embeddings", description = "Embed every clip (built-in " + DctDescriptor.MODEL + ").")
        boolean enabled;

        @Option(
                names = "--embeddings-model",
                paramLabel = "PATH",
                description = "An ONNX image encoder (images [N,3,S,S] to [N,D]) in place of the built-in, with its"
                        + " preprocessing in the sidecar beside it (clip.onnx -> clip.json: name, size, mean, std).")
        @Nullable
        String model;

        @Option(
                names = "--embeddings-fps",
                paramLabel = "FPS",
                description = "Frames a second the embedding pools (default 2).")
        @Nullable
        Double fps;

        @Option(
                names = "--embeddings-max-frames",
                paramLabel = "N",
                description = "At most this many frames a clip, spread over a longer one (default 16).")
        @Nullable
        Integer maxFrames;

        @Override
        public void applyTo(ObjectNode section) {
            if (enabled) {
                section.put("enabled", true);
            }
            if (model != null) {
                section.put("model", model);
            }
            if (fps != null) {
                section.put("fps", fps);
            }
            if (maxFrames != null) {
                section.put("max_frames", maxFrames);
            }
        }
    }
}
