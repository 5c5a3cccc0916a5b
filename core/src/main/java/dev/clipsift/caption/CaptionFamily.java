package dev.clipsift.caption;

import dev.clipsift.engine.ClipStage;
import dev.clipsift.engine.FamilyOptions;
import dev.clipsift.engine.StageFamily;
import java.util.List;

/**
 * The captioning family (section {@code captioning}, order 200): one stage that captions each clip with a
 * vision-language model behind an OpenAI-compatible server, off until an endpoint and a model are given.
 */
public final class CaptionFamily implements StageFamily<CaptionConfig> {
    @Override
    public String section() {
        return "captioning";
    }

    @Override
    public Class<CaptionConfig> configType() {
        return CaptionConfig.class;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public CaptionConfig defaults() {
        return CaptionConfig.defaults();
    }

    @Override
    public List<ClipStage> stages(CaptionConfig config) {
        return config.enabled() ? List.of(new CaptionStage(config)) : List.of();
    }

    @Override
    public FamilyOptions options() {
        return new CaptionOptions();
    }
}
